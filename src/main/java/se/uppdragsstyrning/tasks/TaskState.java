package se.uppdragsstyrning.tasks;

/** Where a user task stands in the inbox. */
public enum TaskState {
    /** Waiting for someone in its group to complete it. */
    ACTIVE,
    /** Completed here and accepted by the engine. */
    COMPLETED,
    /** The engine no longer has it (cancelled, completed elsewhere, or lost with an in-memory engine). */
    CANCELLED
}
