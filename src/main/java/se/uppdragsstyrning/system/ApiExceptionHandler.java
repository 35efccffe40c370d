package se.uppdragsstyrning.system;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** User mistakes on the API get a Swedish message and a 4xx status, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(ProblemsException.class)
    ResponseEntity<Problem.Problems> problems(ProblemsException e) {
        return ResponseEntity.badRequest().body(new Problem.Problems(e.problems()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Problem.Problems> badArgument(IllegalArgumentException e) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem.Problems> badParameter(MethodArgumentTypeMismatchException e) {
        return respond(HttpStatus.BAD_REQUEST, "Ogiltigt värde för parametern " + e.getName() + ": " + e.getValue());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem.Problems> missingParameter(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "Parametern " + e.getParameterName() + " saknas");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Problem.Problems> status(ResponseStatusException e) {
        return respond(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    private static ResponseEntity<Problem.Problems> respond(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new Problem.Problems(List.of(Problem.of(message))));
    }
}
