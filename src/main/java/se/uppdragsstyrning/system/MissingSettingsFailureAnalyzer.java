package se.uppdragsstyrning.system;

import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingSettingsException} into one sentence naming the variables to set. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        List<String> variables = cause.variables();
        boolean one = variables.size() == 1;
        String description = (one ? "Miljövariabeln " : "Miljövariablerna ") + enumerate(variables)
                + " saknas men behövs för " + enumerate(cause.properties()) + ".";
        String action = "Sätt " + (one ? "variabeln" : "variablerna")
                + " i applikationens miljö (se produktionsinställningarna i README.md) och starta om.";
        return new FailureAnalysis(description, action, cause);
    }

    /** "a", "a och b", "a, b och c". */
    private static String enumerate(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
    }
}
