package se.uppdragsstyrning.tasks.form;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a person entered in a form, as text per field path, before it is checked and converted: from the
 * request of an HTML form, from the JSON of an API call, or from stored values being shown again.
 */
public final class EnteredValues {

    private final Map<String, List<String>> byPath;

    private EnteredValues(Map<String, List<String>> byPath) {
        this.byPath = byPath;
    }

    /**
     * From the parameters of a submitted HTML form ({@code f.<path>}); read-only fields keep the values they
     * were shown with, whatever the request says.
     */
    public static EnteredValues fromRequest(TaskForm form, Map<String, String[]> parameters,
            Map<String, Object> readonlyValues) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (FormComponent input : form.inputs()) {
            if (input.readonly()) {
                put(byPath, input.path(), FormValues.get(readonlyValues, input.path()));
            } else {
                String[] entered = parameters.get(input.paramName());
                if (entered != null) {
                    byPath.put(input.path(), Arrays.asList(entered));
                }
            }
        }
        return new EnteredValues(byPath);
    }

    /** From values as stored or sent as JSON (nested maps; numbers, booleans, lists, texts). */
    public static EnteredValues of(TaskForm form, Map<String, ?> values) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (FormComponent input : form.inputs()) {
            put(byPath, input.path(), FormValues.get(values, input.path()));
        }
        return new EnteredValues(byPath);
    }

    private static void put(Map<String, List<String>> byPath, String path, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            byPath.put(path, items.stream().map(EnteredValues::text).toList());
        } else {
            byPath.put(path, List.of(text(value)));
        }
    }

    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    /**
     * Looks values up by path as conditions and text templates see them: what is entered in the form's own fields
     * (blank as null, numbers as BigDecimal, checkboxes as Boolean, checklists as lists), the task's variables for
     * anything else.
     */
    public Function<String, Object> lookup(TaskForm form, Map<String, Object> variables) {
        Map<String, FormComponent> inputs = new HashMap<>();
        form.inputs().forEach(input -> inputs.put(input.path(), input));
        return path -> {
            FormComponent input = inputs.get(path);
            if (input == null) {
                return FormValues.get(variables, path);
            }
            if (input.type() == ComponentType.CHECKBOX) {
                return all(path).stream().anyMatch(FormValidator::isChecked);
            }
            if (input.type().isMultiple()) {
                return all(path);
            }
            String text = first(path);
            if (text.isBlank()) {
                return null;
            }
            BigDecimal number = input.type() == ComponentType.NUMBER ? FormValidator.decimal(text) : null;
            return number == null ? text : number;
        };
    }

    /** All entered texts of the field (several for a checklist), empty when nothing was entered. */
    public List<String> all(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    /** The entered text of the field, "" when nothing was entered. */
    public String first(String path) {
        List<String> values = all(path);
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
