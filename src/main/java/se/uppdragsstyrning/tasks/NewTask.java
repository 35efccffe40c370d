package se.uppdragsstyrning.tasks;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A user task as the workflow gateway hands it to the inbox when the engine activates its job.
 *
 * @param jobKey             the engine's job key; completing the task completes this job
 * @param processInstanceKey the process instance the task belongs to
 * @param elementId          the BPMN element of the user task, e.g. {@code board-report}
 * @param processId          the BPMN process id, e.g. {@code assignment-lifecycle}
 * @param formId             the linked form's id, e.g. {@code board-report}; null when the task has no form
 * @param candidateGroup     an organisation code ({@code SCN}) or a central role ({@code COORDINATOR},
 *                           {@code KS_APPROVER})
 * @param assignee           the user name the engine assigned the task to, or null
 * @param dueAt              the due date, or null
 * @param variables          the task's process variables: {@code periodId}, {@code assignmentRef},
 *                           {@code organisationCode}, {@code returnComment}, {@code proposedStatus},
 *                           {@code reports}, …
 * @param taskKey            what the task is, independent of the engine run that hands it out (process, element,
 *                           period, assignment, organisation, round); a task handed out again - its job timed
 *                           out, or its instance was restored on a new engine - finds its row by it. Null: none.
 */
public record NewTask(
        long jobKey,
        long processInstanceKey,
        String elementId,
        String processId,
        String formId,
        String candidateGroup,
        String assignee,
        OffsetDateTime dueAt,
        Map<String, Object> variables,
        String taskKey) {

    public NewTask {
        if (candidateGroup == null || candidateGroup.isBlank()) {
            throw new IllegalArgumentException("A user task needs a candidate group (job " + jobKey + ")");
        }
        variables = variables == null ? Map.of() : variables;
    }
}
