package se.uppdragsstyrning.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the JSON API is a problem detail (RFC 9457, {@code application/problem+json}): {@code type},
 * a Swedish {@code title} for the status, {@code status}, a Swedish {@code detail}, and {@code problems}, each
 * problem in Swedish beside where it is ({@code [{"path":…,"message":…}]}). User mistakes get a 4xx status, never
 * a stack trace. Spring MVC's own refusals (malformed JSON, a wrong type, a missing parameter, a wrong method or
 * content type) are answered by {@link ResponseEntityExceptionHandler}, their details looked up in the message
 * bundle as {@code problemDetail.<exception class>}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String PROBLEMS = "problems";
    private static final AuthenticationTrustResolver ANONYMOUS = new AuthenticationTrustResolverImpl();

    @ExceptionHandler(ProblemsException.class)
    ResponseEntity<Object> problems(ProblemsException e, WebRequest request) {
        return refuse(e, e.status(), e.problems(), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> badArgument(IllegalArgumentException e, WebRequest request) {
        return refuse(e, HttpStatus.BAD_REQUEST, List.of(Problem.of(e.getMessage())), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e, WebRequest request) {
        return refuse(e, HttpStatus.UNAUTHORIZED, List.of(Problem.of(message("api.problem.unauthorized"))), request);
    }

    /** A role check ({@code @PreAuthorize}) that fails: 403, or 401 for a request without a login. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, WebRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || ANONYMOUS.isAnonymous(user)) {
            return unauthenticated(new InsufficientAuthenticationException(e.getMessage(), e), request);
        }
        return refuse(e, HttpStatus.FORBIDDEN, List.of(Problem.of(message("api.problem.forbidden"))), request);
    }

    /** A body that is not JSON, or a field of the wrong type: the field is named when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(ApiExceptionHandler::pathElement)
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return refuse(e, HttpStatus.BAD_REQUEST, List.of(new Problem(field,
                    message("api.problem.wrongType", field, expected(mismatch.getTargetType())))), request);
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /**
     * The one place every answer passes: the Swedish title of the status, and the problems (the detail as the one
     * problem when the refusal has no list). A server fault says no more than that it happened, unless the
     * application refused with its own problems (a {@link ProblemsException}, e.g. 503: the engine does not answer).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(messageOr(message("api.problem.title"), "api.problem.title." + status.value()));
            boolean listed = problem.getProperties() != null && problem.getProperties().containsKey(PROBLEMS);
            if (status.is5xxServerError() && !listed) {
                problem.setDetail(message("api.problem.internal"));
                problem.setProperty(PROBLEMS, List.of());
            } else if (!listed) {
                problem.setProperty(PROBLEMS, List.of(Problem.of(problem.getDetail())));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> refuse(Exception e, HttpStatusCode status, List<Problem> problems,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, problems.size() == 1
                ? problems.get(0).message() : message("api.problem.several", problems.size()));
        body.setProperty(PROBLEMS, problems);
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }

    private String message(String code, Object... args) {
        return messageOr(code, code, args);
    }

    private String messageOr(String fallback, String code, Object... args) {
        return getMessageSource() == null ? fallback
                : getMessageSource().getMessage(code, args, fallback, LocaleContextHolder.getLocale());
    }

    private static String pathElement(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    /** What a field of the type must be, in Swedish ("ett heltal", "ett datum som ÅÅÅÅ-MM-DD"). */
    private String expected(Class<?> type) {
        if (type == null) {
            return message("api.problem.expected.object");
        }
        if (type.isEnum()) {
            return message("api.problem.expected.choice", Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        String kind;
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            kind = "integer";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            kind = "number";
        } else if (type == LocalDate.class) {
            kind = "date";
        } else if (type == Boolean.class || type == boolean.class) {
            kind = "boolean";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            kind = "list";
        } else if (type == String.class) {
            kind = "text";
        } else {
            kind = "object";
        }
        return message("api.problem.expected." + kind);
    }
}
