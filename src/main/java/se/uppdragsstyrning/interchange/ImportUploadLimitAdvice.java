package se.uppdragsstyrning.interchange;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limit ({@code spring.servlet.multipart.*}) fails before any controller runs.
 * For the import page this sends the coordinator back to the page, which says in Swedish that the file is too
 * large; other uploads keep the default handling.
 */
@ControllerAdvice
class ImportUploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        if (!ImportPageController.PATH.equals(request.getServletPath())) {
            throw exception;
        }
        return "redirect:" + ImportPageController.PATH + "?" + ImportPageController.TOO_LARGE;
    }
}
