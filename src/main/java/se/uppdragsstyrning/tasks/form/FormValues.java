package se.uppdragsstyrning.tasks.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form values as nested maps addressed by dotted paths ({@code report.status}), the way form-js binds them. */
public final class FormValues {

    /** Inputs are sent as {@code f.<path>} so that they never clash with the page's own parameters. */
    public static final String PARAM_PREFIX = "f.";

    private FormValues() {
    }

    /** The value at the path, or null. */
    public static Object get(Map<String, ?> values, String path) {
        Object current = values;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** Puts the value at the path, creating the maps on the way. */
    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> values, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> current = values;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = current.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                current.put(parts[i], next);
            }
            current = (Map<String, Object>) next;
        }
        current.put(parts[parts.length - 1], value);
    }
}
