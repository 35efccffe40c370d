package se.uppdragsstyrning.interchange;

import java.util.List;

/**
 * An import either accepted with its result, or rejected with every problem found (and nothing stored);
 * {@code tooLarge} says that the file was over the size limit and therefore not read at all.
 */
public record ImportOutcome(ImportResult result, List<Problem> problems, boolean tooLarge) {

    static ImportOutcome accepted(ImportResult result) {
        return new ImportOutcome(result, List.of(), false);
    }

    static ImportOutcome rejected(List<Problem> problems) {
        return new ImportOutcome(null, List.copyOf(problems), false);
    }

    static ImportOutcome tooLarge(Problem problem) {
        return new ImportOutcome(null, List.of(problem), true);
    }

    public boolean isAccepted() {
        return result != null;
    }
}
