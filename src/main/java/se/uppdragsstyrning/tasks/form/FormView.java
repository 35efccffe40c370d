package se.uppdragsstyrning.tasks.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.uppdragsstyrning.system.Problem;

/**
 * A form as the page shows it: its components, what is entered in each field, the problems of each field,
 * and whether it can be edited (a completed task's form is shown read-only with the stored values).
 */
public final class FormView {

    private final TaskForm form;
    private final EnteredValues entered;
    private final Map<String, List<String>> errors;
    private final Map<String, Object> variables;
    private final Function<String, Object> values;
    private final Set<String> inputPaths;
    private final boolean readonly;

    public FormView(TaskForm form, EnteredValues entered, List<Problem> problems, Map<String, Object> variables,
            boolean readonly) {
        this.form = form;
        this.entered = entered;
        this.errors = problems.stream().collect(Collectors.groupingBy(Problem::path, LinkedHashMap::new,
                Collectors.mapping(Problem::message, Collectors.toList())));
        this.variables = variables;
        this.values = entered.lookup(form, variables);
        this.inputPaths = form.inputPaths();
        this.readonly = readonly;
    }

    public List<FormComponent> getComponents() {
        return form.components();
    }

    public boolean isReadonly() {
        return readonly;
    }

    /** The text in the field. */
    public String value(String path) {
        return entered.first(path);
    }

    /** The option is chosen (select, radio, checklist). */
    public boolean selected(String path, String value) {
        return entered.all(path).contains(value);
    }

    public boolean checked(String path) {
        return entered.all(path).stream().anyMatch(FormValidator::isChecked);
    }

    /**
     * Whether the component shows. Its condition is applied when it depends only on the task's variables, or
     * when the form is read-only; a condition on the form's own fields is applied when the form is submitted,
     * because the page cannot show and hide fields while the person types.
     */
    public boolean shown(FormComponent component) {
        Condition hide = component.hide();
        if (hide == null) {
            return true;
        }
        if (!readonly && hide.paths().stream().anyMatch(inputPaths::contains)) {
            return true;
        }
        return !hide.holds(values);
    }

    public List<String> errors(String path) {
        return errors.getOrDefault(path, List.of());
    }

    public boolean hasError(String path) {
        return errors.containsKey(path);
    }

    /** The ids of the field's help text and error message, for {@code aria-describedby}; null when it has none. */
    public String describedBy(FormComponent component) {
        List<String> ids = new ArrayList<>();
        if (component.description() != null) {
            ids.add(component.fieldId() + "-hint");
        }
        if (hasError(component.path())) {
            ids.add(component.fieldId() + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    public List<FormOption> options(FormComponent component) {
        return component.optionsFor(variables);
    }

    public List<TextBlock> blocks(FormComponent component) {
        return TextBlock.parse(component.text(), values);
    }

    /** What a read-only field shows: option labels instead of values; empty when nothing was entered. */
    public String display(FormComponent component) {
        List<String> values = entered.all(component.path());
        if (!component.type().hasOptions()) {
            return String.join(", ", values);
        }
        List<FormOption> options = options(component);
        return values.stream()
                .map(value -> options.stream().filter(o -> o.value().equals(value)).map(FormOption::label)
                        .findFirst().orElse(value))
                .collect(Collectors.joining(", "));
    }
}
