-- A notice is stored with the work that raised it and delivered (mail or log) after that work has committed,
-- by notification's listener through the event publication registry. delivered_at is null until then, so a
-- publication delivered twice (a restart, a resubmission) does not send the mail twice.
-- Versioned 9.1 so that it sorts between V9 and whatever V10 another branch brings.
alter table notice add column delivered_at timestamp with time zone;
update notice set delivered_at = created_at;
