package se.uppdragsstyrning.tasks;

/** No such task, or not one the person may see (the two are not told apart). */
class TaskNotFoundException extends RuntimeException {

    TaskNotFoundException(long id) {
        super("Task " + id + " is not in the inbox of this user");
    }
}
