package se.uppdragsstyrning.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such task, or not one the person may see (the two are not told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TaskNotFoundException extends RuntimeException {

    TaskNotFoundException(long id) {
        super("Task " + id + " is not in the inbox of this user");
    }
}
