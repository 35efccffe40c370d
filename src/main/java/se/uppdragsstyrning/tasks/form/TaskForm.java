package se.uppdragsstyrning.tasks.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed form-js form: its id (the {@code formId} a BPMN user task links to), its components, and the JSON
 * as written, for API clients that render it themselves.
 */
public record TaskForm(String id, List<FormComponent> components, JsonNode schema) {

    /** Every input, groups flattened, in the order of the form. */
    public List<FormComponent> inputs() {
        List<FormComponent> inputs = new ArrayList<>();
        collectInputs(components, inputs);
        return inputs;
    }

    /** The inputs that are not hidden ({@code conditional.hide}, also of an enclosing group) for these values. */
    public List<FormComponent> inputsShown(Function<String, Object> values) {
        List<FormComponent> inputs = new ArrayList<>();
        collectInputs(components, inputs, values);
        return inputs;
    }

    /** The paths of the form's own fields. */
    public Set<String> inputPaths() {
        return inputs().stream().map(FormComponent::path).collect(Collectors.toSet());
    }

    private static void collectInputs(List<FormComponent> components, List<FormComponent> inputs) {
        collectInputs(components, inputs, null);
    }

    private static void collectInputs(List<FormComponent> components, List<FormComponent> inputs,
            Function<String, Object> values) {
        for (FormComponent component : components) {
            if (values != null && component.hide() != null && component.hide().holds(values)) {
                continue;
            }
            if (component.type().isInput()) {
                inputs.add(component);
            }
            collectInputs(component.components(), inputs, values);
        }
    }

    /**
     * The values a new task's form opens with: the task's variables where they have a value for a field, the
     * field's default value otherwise.
     */
    public Map<String, Object> initialValues(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent input : inputs()) {
            Object value = FormValues.get(variables, input.path());
            if (value == null) {
                value = input.defaultValue();
            }
            if (value != null) {
                FormValues.put(values, input.path(), value);
            }
        }
        return values;
    }

    /** The values of the read-only fields (shown from the variables, never submitted). */
    public Map<String, Object> readonlyValues(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> initial = initialValues(variables);
        for (FormComponent input : inputs()) {
            Object value = FormValues.get(initial, input.path());
            if (input.readonly() && value != null) {
                FormValues.put(values, input.path(), value);
            }
        }
        return values;
    }
}
