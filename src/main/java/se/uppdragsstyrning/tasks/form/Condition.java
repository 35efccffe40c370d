package se.uppdragsstyrning.tasks.form;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Ref;

import scala.Product;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A form-js condition ({@code conditional.hide}, {@code {{#if …}}}): a FEEL expression ({@code =status = "RED"},
 * {@code =decision != "RETURN"}, {@code =count(reports) > 2}), evaluated by the FEEL engine Zeebe uses
 * (FEEL-Scala). It holds when its value is true, or a value that is there (not null, not blank, not an empty
 * list). An expression that does not parse is kept as written and never holds, so the component stays visible.
 */
public final class Condition {

    /** Stateless and thread-safe: one for the application. */
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private final String expression;
    /** null when the expression is not understood. */
    private final ParsedExpression parsed;
    private final Set<String> paths;

    private Condition(String expression, ParsedExpression parsed, Set<String> paths) {
        this.expression = expression;
        this.parsed = parsed;
        this.paths = paths;
    }

    /** Reads a FEEL expression, with or without its leading {@code =}. */
    public static Condition parse(String feel) {
        String text = feel.startsWith("=") ? feel.substring(1) : feel;
        ParseResult result = text.isBlank() ? null : FEEL.parseExpression(text);
        if (result == null || !result.isSuccess()) {
            return new Condition(feel, null, Set.of());
        }
        Set<String> paths = new LinkedHashSet<>();
        collectPaths(result.parsedExpression().expression(), paths);
        return new Condition(feel, result.parsedExpression(), Collections.unmodifiableSet(paths));
    }

    public String expression() {
        return expression;
    }

    public boolean isUnderstood() {
        return parsed != null;
    }

    /** The variable paths the condition reads ({@code report.status}). */
    public Set<String> paths() {
        return paths;
    }

    /**
     * Whether the condition holds for these values (looked up by path; blank texts count as null); false when it
     * is not understood or cannot be evaluated.
     */
    public boolean holds(Function<String, Object> values) {
        if (parsed == null) {
            return false;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        paths.stream().sorted(Comparator.comparingInt(path -> path.split("\\.").length))
                .forEach(path -> put(context, path, values.apply(path)));
        EvaluationResult result = FEEL.evaluate(parsed, context);
        return result.isSuccess() && isThere(result.result());
    }

    private static boolean isThere(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case String text -> !text.isBlank();
            case Collection<?> items -> !items.isEmpty();
            default -> true;
        };
    }

    /**
     * Puts the value at the path of the evaluation context, blank texts as null. Maps on the way are copied, never
     * changed, so that a deeper path (a form field in a group) can stand over what the variables hold; a null
     * creates none.
     */
    private static void put(Map<String, Object> context, String path, Object value) {
        Object normal = value instanceof String text && text.isBlank() ? null : value;
        String[] names = path.split("\\.");
        Map<String, Object> current = context;
        for (int i = 0; i < names.length - 1; i++) {
            Object next = current.get(names[i]);
            if (!(next instanceof Map<?, ?>) && (next != null || normal == null)) {
                return;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            if (next instanceof Map<?, ?> map) {
                map.forEach((key, item) -> copy.put(String.valueOf(key), item));
            }
            current.put(names[i], copy);
            current = copy;
        }
        current.put(names[names.length - 1], normal);
    }

    /** The names the expression refers to, found in its syntax tree (Scala case classes, lists and maps). */
    private static void collectPaths(Object node, Set<String> paths) {
        if (node instanceof Ref ref) {
            paths.add(String.join(".", CollectionConverters.asJava(ref.names())));
        } else if (node instanceof scala.collection.Iterable<?> items) {
            collectAll(CollectionConverters.asJava(items.iterator()), paths);
        } else if (node instanceof Product product) {
            collectAll(CollectionConverters.asJava(product.productIterator()), paths);
        }
    }

    private static void collectAll(Iterator<?> nodes, Set<String> paths) {
        nodes.forEachRemaining(node -> collectPaths(node, paths));
    }
}
