package se.uppdragsstyrning.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request refused for the listed problems; pages show them as an error summary, the API as a problem detail
 * (HTTP 400 unless another status is given) with the list as its {@code problems}.
 */
public class ProblemsException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Problem> problems;

    public ProblemsException(List<Problem> problems) {
        this(HttpStatus.BAD_REQUEST, problems);
    }

    public ProblemsException(HttpStatus status, List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse(""));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
