-- The KS approval task whose completion a decision was stored from: the same completion delivered again (the
-- event publication registry delivers at least once) is one decision.
alter table ks_decision add column task_id bigint;
create unique index ks_decision_task on ks_decision (task_id);
