package se.uppdragsstyrning.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Environment variables the configuration needs but nothing sets, each with the properties that use it. */
class MissingSettingsException extends RuntimeException {

    private final transient Map<String, List<String>> propertiesByVariable;

    MissingSettingsException(Map<String, List<String>> propertiesByVariable) {
        super("Missing environment variables: " + String.join(", ", propertiesByVariable.keySet()));
        this.propertiesByVariable = Collections.unmodifiableMap(new LinkedHashMap<>(propertiesByVariable));
    }

    /** The missing variables in the order the configuration names them. */
    List<String> variables() {
        return List.copyOf(propertiesByVariable.keySet());
    }

    /** The properties left without a value. */
    List<String> properties() {
        return propertiesByVariable.values().stream().flatMap(List::stream).distinct().toList();
    }
}
