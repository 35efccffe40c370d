package se.uppdragsstyrning.tasks;

/**
 * The task cannot take this action now: it is closed, someone else has it, or the engine cannot be reached.
 * The message is Swedish and says what the person can do.
 */
class TaskConflictException extends RuntimeException {

    private final boolean engineUnavailable;

    TaskConflictException(String message) {
        this(message, false);
    }

    TaskConflictException(String message, boolean engineUnavailable) {
        super(message);
        this.engineUnavailable = engineUnavailable;
    }

    /** The engine could not be reached: trying again later may work. */
    boolean isEngineUnavailable() {
        return engineUnavailable;
    }
}
