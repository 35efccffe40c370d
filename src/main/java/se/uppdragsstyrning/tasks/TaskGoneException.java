package se.uppdragsstyrning.tasks;

/** The engine no longer knows the job of a user task: it was completed or cancelled already. */
public class TaskGoneException extends Exception {

    public TaskGoneException(long jobKey, Throwable cause) {
        super("The engine no longer knows job " + jobKey, cause);
    }
}
