package se.uppdragsstyrning.tasks.form;

import java.util.List;
import java.util.Map;

/**
 * One component of a form-js form: an input bound to a variable path, a text, or a group of components.
 *
 * @param type              what it is
 * @param typeName          the form-js type as written (shown for unsupported types)
 * @param path              the variable the value binds to: the key, prefixed by the paths of enclosing groups
 *                          ({@code report.status}); null for components without a value
 * @param label             the label ({@code dateLabel} for date fields), may be null
 * @param description       the help text below the label, may be null
 * @param rules             the validation rules
 * @param options           the static options ({@code values})
 * @param valuesKey         the variable holding the options when they are not static
 * @param defaultValue      the value shown when the variables hold none
 * @param readonly          {@code readonly} or {@code disabled}: shown, never taken from a submission
 * @param text              the text of a text component
 * @param subtype           {@code date}, {@code time} or {@code datetime} for a datetime component
 * @param decimalDigits     the most decimals a number may have, or null
 * @param serializeToString a number is handed on as a string (unlimited precision)
 * @param disallowPassedDates a date must not be before today
 * @param hide              {@code conditional.hide}: when it holds the component (a group with its children) is
 *                          neither shown nor validated nor submitted; null when there is none
 * @param components        the children of a group
 */
public record FormComponent(
        ComponentType type,
        String typeName,
        String path,
        String label,
        String description,
        FieldRules rules,
        List<FormOption> options,
        String valuesKey,
        Object defaultValue,
        boolean readonly,
        String text,
        String subtype,
        Integer decimalDigits,
        boolean serializeToString,
        boolean disallowPassedDates,
        Condition hide,
        List<FormComponent> components) {

    /** The name to use in messages: the label, else the key. */
    public String name() {
        return label != null && !label.isBlank() ? label : path;
    }

    /** The HTML id of the input (and the prefix of its options' ids). */
    public String fieldId() {
        return path == null ? null : "f-" + path.replace('.', '-');
    }

    /** The request parameter the input is sent as. */
    public String paramName() {
        return path == null ? null : FormValues.PARAM_PREFIX + path;
    }

    public boolean isRequired() {
        return rules.required();
    }

    /** The options offered: the static ones, or those in the variable named by {@code valuesKey}. */
    public List<FormOption> optionsFor(Map<String, Object> variables) {
        if (valuesKey == null) {
            return options;
        }
        Object source = FormValues.get(variables, valuesKey);
        if (!(source instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(FormComponent::option).toList();
    }

    private static FormOption option(Object item) {
        if (item instanceof Map<?, ?> map) {
            Object value = map.get("value");
            Object label = map.get("label");
            String valueText = value == null ? "" : value.toString();
            return new FormOption(label == null ? valueText : label.toString(), valueText);
        }
        String text = String.valueOf(item);
        return new FormOption(text, text);
    }
}
