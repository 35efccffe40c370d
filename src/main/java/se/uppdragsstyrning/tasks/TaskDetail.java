package se.uppdragsstyrning.tasks;

import java.util.List;
import java.util.Map;

import se.uppdragsstyrning.tasks.form.FormView;
import se.uppdragsstyrning.tasks.form.TaskForm;

/**
 * Everything the task page shows.
 *
 * @param form         the task's form, null when the task has none or it is missing
 * @param formMissing  the task names a form the application does not have
 * @param formView     the form with its values and problems (null without a form)
 * @param values       the values shown: the stored result, the draft, or what the form opens with
 * @param page         what the task is about (the assignment and its earlier reports), or null
 * @param candidates   whom the task can be given to
 * @param mayClaim     nobody has it and it is open
 * @param mayUnclaim   the person has it and it is open
 * @param mayWork      the person may save and complete it (open, and hers or nobody's)
 */
public record TaskDetail(
        TaskRow task,
        TaskForm form,
        boolean formMissing,
        FormView formView,
        Map<String, Object> values,
        Map<String, Object> variables,
        String returnComment,
        TaskContent.Page page,
        List<Candidate> candidates,
        boolean mayClaim,
        boolean mayUnclaim,
        boolean mayWork) {
}
