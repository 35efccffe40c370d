package se.uppdragsstyrning.tasks;

import java.util.Map;

import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.TaskForm;

/** How a submission is read once the task's form is known: from an HTML form's parameters or from JSON. */
@FunctionalInterface
interface Submission {

    /**
     * @param form           the task's form
     * @param readonlyValues what the read-only fields show (they are never taken from a submission)
     */
    EnteredValues read(TaskForm form, Map<String, Object> readonlyValues);
}
