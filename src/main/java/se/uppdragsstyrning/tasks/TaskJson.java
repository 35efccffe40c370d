package se.uppdragsstyrning.tasks;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** How the inbox stores a task's variables, draft and result: JSON objects in text columns. */
@Component
class TaskJson {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    private final ObjectMapper json;

    TaskJson(ObjectMapper json) {
        this.json = json;
    }

    /** The stored values; empty for none. */
    Map<String, Object> read(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task values are not JSON", e);
        }
    }

    /** One stored value as text, e.g. the variable {@code organisationCode}; null when it is not there. */
    String read(String text, String name) {
        try {
            return text == null ? null : json.readTree(text).path(name).asText(null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task values are not JSON", e);
        }
    }

    String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Task values cannot be stored as JSON", e);
        }
    }
}
