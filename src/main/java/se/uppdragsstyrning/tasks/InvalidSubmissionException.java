package se.uppdragsstyrning.tasks;

import java.util.List;

import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.FieldProblem;

/** A submission that breaks the form's rules: every problem, and what was entered so that it can be shown again. */
class InvalidSubmissionException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final transient EnteredValues entered;

    InvalidSubmissionException(List<FieldProblem> problems, EnteredValues entered) {
        super(problems.size() + " problems in the submission");
        this.problems = problems;
        this.entered = entered;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    EnteredValues entered() {
        return entered;
    }
}
