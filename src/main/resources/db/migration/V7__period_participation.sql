-- The assignments that take part in a period, fixed when the period opens: the period is complete when each
-- of them has its combined assessment.
create table period_participant (
    period_id     bigint not null references reporting_period (id),
    assignment_id bigint not null references assignment (id),
    primary key (period_id, assignment_id)
);

-- An assessment kommunstyrelsen returned waits for rework and does not count as reported until it is redone.
alter table assignment_assessment add column awaiting_rework boolean not null default false;

-- How many times kommunstyrelsen has returned assignments in the period: each round of rework is announced
-- to the period's process once.
alter table reporting_period add column rework_round integer not null default 0;
