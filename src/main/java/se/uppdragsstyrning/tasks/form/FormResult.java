package se.uppdragsstyrning.tasks.form;

import java.util.List;
import java.util.Map;

import se.uppdragsstyrning.system.Problem;

/**
 * The outcome of checking a submission: the converted values (nested by path, as the engine receives them)
 * and every problem found, in the order of the form.
 */
public record FormResult(Map<String, Object> values, List<Problem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
