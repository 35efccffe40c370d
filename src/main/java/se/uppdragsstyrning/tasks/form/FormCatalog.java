package se.uppdragsstyrning.tasks.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms the user tasks link to, read once at start-up from the same {@code *.form} files that are
 * deployed to the engine. A form that cannot be read stops the start, naming the file.
 */
@Component
public class FormCatalog {

    private final Map<String, TaskForm> byId;

    /** @param locations resource patterns, comma-separated in the property {@code uppdrag.forms.location} */
    FormCatalog(@Value("${uppdrag.forms.location:classpath*:forms/**/*.form}") String... locations) {
        this.byId = Collections.unmodifiableMap(load(locations));
    }

    public Optional<TaskForm> find(String formId) {
        return formId == null ? Optional.empty() : Optional.ofNullable(byId.get(formId));
    }

    private static Map<String, TaskForm> load(String... locations) {
        FormParser parser = new FormParser();
        Map<String, TaskForm> forms = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (String location : locations) {
            load(location.trim(), parser, forms, sources);
        }
        return forms;
    }

    private static void load(String location, FormParser parser, Map<String, TaskForm> forms,
            Map<String, String> sources) {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String name = resource.getFilename();
                TaskForm form = parser.parse(resource.getContentAsString(StandardCharsets.UTF_8), name);
                String earlier = sources.putIfAbsent(form.id(), name);
                if (earlier != null) {
                    throw new InvalidFormException("Två formulär har id " + form.id() + ": " + earlier + " och " + name);
                }
                forms.put(form.id(), form);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Formulären i " + location + " kunde inte läsas", e);
        }
    }
}
