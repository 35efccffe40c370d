package se.uppdragsstyrning.tasks;

/** What the engine's timers on a user task signal. */
public enum NoticeKind {
    /** The due date is near: the organisation has been reminded. */
    REMINDER,
    /** The due date has passed: the coordinators have been told. */
    ESCALATION
}
