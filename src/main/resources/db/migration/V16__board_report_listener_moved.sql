-- The board report is stored by reporting's own listener since the tasks module became generic: a completion whose
-- event was published to the old listener, and not yet delivered, goes to the new one.
update event_publication
   set listener_id = 'se.uppdragsstyrning.reporting.BoardReportSubmissions.on(se.uppdragsstyrning.tasks.TaskCompleted)'
 where listener_id = 'se.uppdragsstyrning.workflow.TaskOutcomes.on(se.uppdragsstyrning.tasks.TaskCompleted)'
   and completion_date is null;
