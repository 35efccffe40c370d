package se.uppdragsstyrning.tasks.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form-js condition ({@code conditional.hide}, {@code {{#if …}}}) in the small part of FEEL that forms use:
 * comparisons of a variable with a literal ({@code =status = "RED"}, {@code =decision != "RETURN"},
 * {@code =returnComment = null}, {@code =share >= 50}), a variable on its own, joined with {@code and} and
 * {@code or}. Anything else is kept as written and never holds, so the component stays visible.
 */
public final class Condition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(-?\\d+(?:\\.\\d+)?)|(!=|<=|>=|=|<|>)|([A-Za-z_][\\w.]*))");

    private final String expression;
    /** Alternatives ("or") of conjunctions ("and") of comparisons; null when the expression is not understood. */
    private final List<List<Comparison>> alternatives;

    private Condition(String expression, List<List<Comparison>> alternatives) {
        this.expression = expression;
        this.alternatives = alternatives;
    }

    /** Reads a FEEL expression, with or without its leading {@code =}. */
    public static Condition parse(String feel) {
        String text = feel.startsWith("=") ? feel.substring(1) : feel;
        List<Object> tokens = tokens(text);
        return new Condition(feel, tokens == null ? null : alternatives(tokens));
    }

    public String expression() {
        return expression;
    }

    public boolean isUnderstood() {
        return alternatives != null;
    }

    /** The variable paths the condition reads. */
    public Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        if (alternatives != null) {
            alternatives.forEach(all -> all.forEach(c -> {
                c.left().path().ifPresent(paths::add);
                if (c.right() != null) {
                    c.right().path().ifPresent(paths::add);
                }
            }));
        }
        return paths;
    }

    /** Whether the condition holds for these values (looked up by path); false when it is not understood. */
    public boolean holds(Function<String, Object> values) {
        return alternatives != null
                && alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> c.holds(values)));
    }

    /** Tokens: literals as {@link Operand}, operators and the words and/or as strings; null if not understood. */
    private static List<Object> tokens(String text) {
        List<Object> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && !text.substring(at).isBlank()) {
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            if (matcher.group(1) != null) {
                String quoted = matcher.group(1);
                tokens.add(Operand.literal(quoted.substring(1, quoted.length() - 1).replaceAll("\\\\(.)", "$1")));
            } else if (matcher.group(2) != null) {
                tokens.add(Operand.literal(new BigDecimal(matcher.group(2))));
            } else if (matcher.group(3) != null) {
                tokens.add(matcher.group(3));
            } else {
                String word = matcher.group(4);
                tokens.add(switch (word) {
                    case "and", "or" -> word;
                    case "null" -> Operand.literal(null);
                    case "true" -> Operand.literal(Boolean.TRUE);
                    case "false" -> Operand.literal(Boolean.FALSE);
                    default -> Operand.variable(word);
                });
            }
            at = matcher.end();
        }
        return tokens;
    }

    private static List<List<Comparison>> alternatives(List<Object> tokens) {
        List<List<Comparison>> alternatives = new ArrayList<>();
        List<Comparison> conjunction = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!(tokens.get(i) instanceof Operand left)) {
                return null;
            }
            Comparison comparison;
            if (i + 1 < tokens.size() && tokens.get(i + 1) instanceof String op
                    && !op.equals("and") && !op.equals("or")) {
                if (i + 2 >= tokens.size() || !(tokens.get(i + 2) instanceof Operand right)) {
                    return null;
                }
                comparison = new Comparison(left, op, right);
                i += 3;
            } else {
                comparison = new Comparison(left, null, null);
                i += 1;
            }
            conjunction.add(comparison);
            if (i < tokens.size()) {
                Object joiner = tokens.get(i);
                if ("or".equals(joiner)) {
                    alternatives.add(conjunction);
                    conjunction = new ArrayList<>();
                } else if (!"and".equals(joiner)) {
                    return null;
                }
                i++;
                if (i == tokens.size()) {
                    return null;
                }
            }
        }
        if (conjunction.isEmpty()) {
            return null;
        }
        alternatives.add(conjunction);
        return alternatives;
    }

    /** A variable path or a literal (text, number, boolean or null). */
    private record Operand(String variable, Object literal) {

        static Operand variable(String path) {
            return new Operand(path, null);
        }

        static Operand literal(Object value) {
            return new Operand(null, value);
        }

        Optional<String> path() {
            return Optional.ofNullable(variable);
        }

        Object value(Function<String, Object> values) {
            return variable == null ? literal : values.apply(variable);
        }
    }

    private record Comparison(Operand left, String operator, Operand right) {

        boolean holds(Function<String, Object> values) {
            Object a = normal(left.value(values));
            if (operator == null) {
                return a != null && !Boolean.FALSE.equals(a) && !(a instanceof Collection<?> c && c.isEmpty());
            }
            Object b = normal(right.value(values));
            return switch (operator) {
                case "=" -> same(a, b);
                case "!=" -> !same(a, b);
                default -> ordered(a, b);
            };
        }

        private boolean ordered(Object a, Object b) {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x == null || y == null) {
                return false;
            }
            int order = x.compareTo(y);
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
        }

        private static boolean same(Object a, Object b) {
            if (a == null || b == null) {
                return a == b;
            }
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x != null && y != null && (a instanceof BigDecimal || b instanceof BigDecimal)) {
                return x.compareTo(y) == 0;
            }
            return a.equals(b);
        }

        /** Blank texts are null, numbers are BigDecimal, texts "true"/"false" stay texts. */
        private static Object normal(Object value) {
            if (value instanceof String text && text.isBlank()) {
                return null;
            }
            if (value instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            return value;
        }

        private static BigDecimal number(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof String text) {
                try {
                    return new BigDecimal(text.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
    }
}
