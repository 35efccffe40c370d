package se.uppdragsstyrning.tasks;

/**
 * How far a period's reporting has come: the organisations' reporting tasks (one per assignment and
 * organisation; a task returned for rework or moved to another organisation counts once).
 *
 * @param expected  how many the period's opening expected ({@link TaskContent#expectedTasks}), 0 if unknown
 * @param created   assignment × organisation pairs that have received a task
 * @param completed pairs whose latest task is completed and none is open
 * @param open      tasks waiting to be completed
 * @param overdue   open tasks past their due date
 */
public record TaskProgress(int expected, int created, int completed, int open, int overdue) {
}
