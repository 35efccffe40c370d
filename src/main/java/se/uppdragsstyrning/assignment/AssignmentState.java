package se.uppdragsstyrning.assignment;

/** Whether an assignment still takes part in reporting periods. */
public enum AssignmentState {
    ACTIVE, CLOSED_DONE, CLOSED_NOT_CARRIED_OUT;

    public boolean isClosed() {
        return this != ACTIVE;
    }
}
