package se.uppdragsstyrning.notification;

/** Why a notice was sent. */
public enum NoticeKind {
    /** A reporting task's due date is near. */
    REMINDER,
    /** A due date has passed: the coordinators are told. */
    ESCALATION,
    /** Kommunstyrelsen returned an assignment for rework. */
    RETURNED,
    INFORMATION
}
