package se.uppdragsstyrning.system;

import java.util.List;

/** A request refused for the listed problems; pages show them as an error summary, the API as HTTP 400. */
public class ProblemsException extends RuntimeException {

    private final transient List<Problem> problems;

    public ProblemsException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
