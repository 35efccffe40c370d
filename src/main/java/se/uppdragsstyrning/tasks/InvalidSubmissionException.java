package se.uppdragsstyrning.tasks;

import java.util.List;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/** A submission that breaks the form's rules: every problem, and what was entered so that it can be shown again. */
class InvalidSubmissionException extends RuntimeException {

    private final transient List<Problem> problems;
    private final transient EnteredValues entered;

    InvalidSubmissionException(List<Problem> problems, EnteredValues entered) {
        super(problems.size() + " problems in the submission");
        this.problems = problems;
        this.entered = entered;
    }

    List<Problem> problems() {
        return problems;
    }

    EnteredValues entered() {
        return entered;
    }
}
