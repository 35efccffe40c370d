package se.uppdragsstyrning.tasks.form;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The templating of form-js text components: {@code {{path}}} inserts a value, {@code {{#if condition}}…{{/if}}}
 * keeps its body when the condition holds, {@code {{#loop path}}…{{/loop}}} repeats its body for each item of a
 * list, where the item's fields can be used by name. The result is plain text (escaped when shown).
 */
final class TextTemplate {

    private TextTemplate() {
    }

    static String render(String template, Function<String, Object> values) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                out.append(template, at, template.length());
                return out.toString();
            }
            out.append(template, at, open);
            String tag = template.substring(open + 2, close).trim();
            at = close + 2;
            String block = tag.startsWith("#loop ") ? "loop" : tag.startsWith("#if ") ? "if" : null;
            if (block == null) {
                out.append(text(values.apply(tag)));
                continue;
            }
            int[] end = end(template, at, block);
            String body = template.substring(at, end[0]);
            String argument = tag.substring(block.length() + 1).trim();
            if (block.equals("if")) {
                if (Condition.parse(argument).holds(values)) {
                    out.append(render(body, values));
                }
            } else if (values.apply(argument) instanceof Collection<?> items) {
                for (Object item : items) {
                    out.append(render(body, path -> item instanceof Map<?, ?> fields && fields.containsKey(first(path))
                            ? FormValues.get(cast(fields), path) : values.apply(path)));
                }
            }
            at = end[1];
        }
    }

    /** Where the block's body ends and where the text after its closing tag starts (nested blocks counted). */
    private static int[] end(String template, int from, String block) {
        int depth = 1;
        int at = from;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                return new int[] {template.length(), template.length()};
            }
            String tag = template.substring(open + 2, close).trim();
            if (tag.startsWith("#" + block + " ")) {
                depth++;
            } else if (tag.equals("/" + block) && --depth == 0) {
                return new int[] {open, close + 2};
            }
            at = close + 2;
        }
    }

    private static String first(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> fields) {
        return (Map<String, ?>) fields;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(TextTemplate::text).toList());
        }
        return value.toString();
    }
}
