package se.uppdragsstyrning.tasks;

import java.util.List;

import org.springframework.http.HttpStatus;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The task cannot take this action now: it is closed, someone else has it, or the engine cannot be reached.
 * The message is Swedish and says what the person can do; the API answers 409, or 503 when the engine does not
 * answer (trying again later may work).
 */
class TaskConflictException extends ProblemsException {

    TaskConflictException(String message) {
        this(message, false);
    }

    TaskConflictException(String message, boolean engineUnavailable) {
        super(engineUnavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT, List.of(Problem.of(message)));
    }
}
