package se.uppdragsstyrning.tasks;

import java.util.Map;

/**
 * What the inbox made of a user-task job the engine handed out.
 *
 * @param taskId the inbox row's id
 * @param kind   what the job was to the inbox
 * @param result when {@link Kind#DONE_HERE}: the values the task was completed with here, to complete the job with
 */
public record ReceivedTask(long taskId, Kind kind, Map<String, Object> result) {

    public enum Kind {
        /** a task the inbox did not know: stored */
        NEW,
        /** the same job again (delivered twice, or its lease ran out): nothing changed */
        KNOWN,
        /** an open task handed out again under a new job (a restored instance): the row now has the new job */
        REBOUND,
        /** a task already completed here, handed out again: complete the job with {@link #result} */
        DONE_HERE
    }

    /** Whether the job still waits for a person (the engine should keep it for us). */
    public boolean isOpen() {
        return kind != Kind.DONE_HERE;
    }
}
