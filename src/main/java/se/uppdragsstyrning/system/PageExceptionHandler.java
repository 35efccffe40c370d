package se.uppdragsstyrning.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Pages that refuse a request (not found, bad parameter) show the Swedish error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e) {
        return page(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String reason) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("reason", reason);
        return page;
    }
}
