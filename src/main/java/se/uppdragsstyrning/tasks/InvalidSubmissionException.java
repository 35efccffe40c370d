package se.uppdragsstyrning.tasks;

import java.util.List;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/**
 * A submission that breaks the form's rules: every problem (a 400 problem detail in the API), and what was
 * entered so that the page can show it again.
 */
class InvalidSubmissionException extends ProblemsException {

    private final transient EnteredValues entered;

    InvalidSubmissionException(List<Problem> problems, EnteredValues entered) {
        super(problems);
        this.entered = entered;
    }

    EnteredValues entered() {
        return entered;
    }
}
