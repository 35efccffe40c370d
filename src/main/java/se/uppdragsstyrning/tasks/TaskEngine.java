package se.uppdragsstyrning.tasks;

import java.util.Map;

/**
 * The process engine as the inbox needs it: whether it answers, and completing a user task's job. Implemented by
 * the workflow module.
 */
public interface TaskEngine {

    /** Whether the engine answers now; a submission is refused (its values kept as a draft) while it does not. */
    boolean isReachable();

    /**
     * Completes the job of a user task with the submitted form values as process variables.
     *
     * @throws TaskGoneException when the engine no longer knows the job (completed or cancelled already)
     */
    void complete(long jobKey, Map<String, Object> variables) throws TaskGoneException;
}
