package se.uppdragsstyrning.tasks.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a form-js form ({@code *.form}, as Camunda Modeler saves it) into a {@link TaskForm}. Unknown
 * component types are kept as {@link ComponentType#UNSUPPORTED}; FEEL expressions in validation rules are left
 * out because the server cannot evaluate them; {@code conditional.hide} is evaluated as FEEL ({@link Condition}).
 */
public final class FormParser {

    private static final Logger log = LoggerFactory.getLogger(FormParser.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param source the form-js JSON
     * @param name   where it came from (for messages)
     * @throws InvalidFormException when it is not a usable form
     */
    public TaskForm parse(String source, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(source);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException("Formuläret " + name + " är inte giltig JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("components").isArray()) {
            throw new InvalidFormException("Formuläret " + name + " saknar komponenter (components)");
        }
        String id = text(root, "id");
        if (id == null) {
            throw new InvalidFormException("Formuläret " + name + " saknar id");
        }
        return new TaskForm(id, components(root.get("components"), "", name, new HashSet<>()), root);
    }

    private List<FormComponent> components(JsonNode array, String prefix, String name, Set<String> paths) {
        List<FormComponent> components = new ArrayList<>();
        for (JsonNode node : array) {
            components.add(component(node, prefix, name, paths));
        }
        return List.copyOf(components);
    }

    private FormComponent component(JsonNode node, String prefix, String name, Set<String> paths) {
        String typeName = text(node, "type");
        ComponentType type = ComponentType.of(typeName);
        String path = null;
        if (type.isInput()) {
            String key = text(node, "key");
            if (key == null) {
                throw new InvalidFormException("Formuläret " + name + ": ett fält av typen " + typeName
                        + " saknar nyckel (key)");
            }
            path = prefix + key;
            if (!paths.add(path)) {
                throw new InvalidFormException("Formuläret " + name + ": två fält har nyckeln " + path);
            }
        }
        List<FormComponent> children = List.of();
        if (type == ComponentType.GROUP && node.path("components").isArray()) {
            String groupPath = text(node, "path");
            children = components(node.get("components"), groupPath == null ? prefix : prefix + groupPath + ".",
                    name, paths);
        }
        String label = type == ComponentType.DATETIME && text(node, "dateLabel") != null
                ? text(node, "dateLabel") : text(node, "label");
        return new FormComponent(
                type,
                typeName,
                path,
                label,
                text(node, "description"),
                rules(node.path("validate"), name, path),
                options(node.path("values")),
                text(node, "valuesKey"),
                node.hasNonNull("defaultValue") ? JSON.convertValue(node.get("defaultValue"), Object.class) : null,
                flag(node, "readonly") || flag(node, "disabled"),
                text(node, "text"),
                type == ComponentType.DATETIME ? textOr(node, "subtype", "date") : null,
                integer(node.get("decimalDigits")),
                flag(node, "serializeToString"),
                flag(node, "disallowPassedDates"),
                hide(node.path("conditional"), name),
                children);
    }

    private static Condition hide(JsonNode conditional, String name) {
        String expression = text(conditional, "hide");
        if (expression == null) {
            return null;
        }
        Condition hide = Condition.parse(expression);
        if (!hide.isUnderstood()) {
            log.warn("Formuläret {}: villkoret {} kan inte tolkas här; komponenten visas alltid", name, expression);
        }
        return hide;
    }

    private static FieldRules rules(JsonNode validate, String name, String path) {
        if (!validate.isObject()) {
            return FieldRules.NONE;
        }
        return new FieldRules(
                flag(validate, "required"),
                integer(validate.get("minLength")),
                integer(validate.get("maxLength")),
                number(validate.get("min")),
                number(validate.get("max")),
                pattern(text(validate, "pattern"), name, path),
                text(validate, "validationType"));
    }

    private static Pattern pattern(String pattern, String name, String path) {
        if (pattern == null) {
            return null;
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidFormException("Formuläret " + name + ": fältet " + path
                    + " har ett ogiltigt mönster (pattern): " + pattern, e);
        }
    }

    /** A number written as a number or as a numeric text; null for expressions and blanks. */
    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = node.asText().trim();
        try {
            return text.isEmpty() || text.startsWith("=") ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode node) {
        BigDecimal number = number(node);
        return number == null ? null : number.intValue();
    }

    private static List<FormOption> options(JsonNode values) {
        if (!values.isArray()) {
            return List.of();
        }
        List<FormOption> options = new ArrayList<>();
        for (JsonNode value : values) {
            String optionValue = value.path("value").asText("");
            options.add(new FormOption(textOr(value, "label", optionValue), optionValue));
        }
        return List.copyOf(options);
    }

    /** true only for a literal true: an expression ({@code =…}) cannot be evaluated here. */
    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equals(value.asText()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String text = text(node, field);
        return text == null ? fallback : text;
    }
}
