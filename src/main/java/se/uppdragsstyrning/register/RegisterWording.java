package se.uppdragsstyrning.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.RegisterChange;
import se.uppdragsstyrning.interchange.AssignmentReader;
import se.uppdragsstyrning.system.Problem;

/**
 * How the register's pages say what the import's checks found and what the register history holds: with the form's
 * field labels ({@code register.field.*} in the bundle) instead of the interchange format's JSON field names. The
 * API keeps the JSON paths and the import's messages.
 */
@Component
class RegisterWording {

    private final MessageSource messages;
    private final AssignmentReader reader;

    RegisterWording(MessageSource messages, AssignmentReader reader) {
        this.messages = messages;
        this.reader = reader;
    }

    /** One row of the assignment page's history: the field's label and the values as a reader knows them. */
    record HistoryRow(Instant changedAt, String field, String oldValue, String newValue, String changedBy) {
    }

    /**
     * A problem as the form shows it beside its field: {@code $.decision.date} belongs to {@code decisionDate},
     * {@code $.responsible[2]} to {@code responsible}; a message that names the JSON field ("Fältet title är
     * tomt.") is said in the form's words ("Ange en titel."), any other is led by the field's label ("Titel: …").
     */
    Problem onForm(Problem problem) {
        Problem beside = RegisterDecisionPageController.besideField(problem);
        if (beside.path() == null || beside.path().equals(problem.path())) {
            return beside;
        }
        String field = beside.path();
        String label = label(field);
        Optional<String> kind = reader.fieldNamingKind(problem);
        if (kind.isEmpty()) {
            return new Problem(field, text("registerForm.problem.other", label, problem.message()));
        }
        String general = switch (kind.get()) {
            case "required", "blank" -> "missing";
            case "notInteger" -> "notInteger";
            default -> "wrongType";
        };
        String own = find("registerForm.problem." + field + "." + general);
        return new Problem(field, own != null ? own : text("registerForm.problem." + general, label));
    }

    List<Problem> onForm(List<Problem> problems) {
        return problems.stream().map(this::onForm).toList();
    }

    /** The field's label ({@code register.field.<field>}); the name itself for a field the bundle does not know. */
    String label(String field) {
        String label = find("register.field." + field);
        return label != null ? label : field;
    }

    /** The history with labels for its fields, and the Swedish words for a type or a state. */
    List<HistoryRow> history(List<RegisterChange> changes) {
        return changes.stream().map(c -> new HistoryRow(c.getChangedAt(), label(c.getField()),
                value(c.getField(), c.getOldValue()), value(c.getField(), c.getNewValue()), c.getChangedBy()))
                .toList();
    }

    private String value(String field, String value) {
        if (value == null || !(field.equals("origin") || field.equals("state"))) {
            return value;
        }
        String word = find(field + "." + value);
        return word != null ? word : value;
    }

    private String find(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
