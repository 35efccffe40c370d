-- Spring Modulith's event publication registry (JPA): every event a module publishes to another module's
-- @ApplicationModuleListener is stored in the publishing transaction and marked completed when the listener
-- has run. What is not completed (a crash, the engine away) is resubmitted; see workflow and system.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table event_publication (
    id               uuid                     not null primary key,
    listener_id      varchar(512)             not null,
    event_type       varchar(512)             not null,
    serialized_event varchar(1000000)         not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

create index event_publication_by_completion_date on event_publication (completion_date);
