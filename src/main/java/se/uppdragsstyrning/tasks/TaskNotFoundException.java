package se.uppdragsstyrning.tasks;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * No such task, or not one the person may see (the two are not told apart): the error page, or a 404 problem
 * detail in the API.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TaskNotFoundException extends ProblemsException {

    TaskNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, List.of(Problem.of(message)));
    }
}
