package se.uppdragsstyrning.tasks.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.Problem;

/**
 * Checks what was entered against a form's rules and converts it to the values the engine receives: numbers
 * to Integer, Long or BigDecimal, checkboxes to Boolean, checklists to lists, dates kept as ISO text, empty
 * fields as null. Like form-js, a field hidden by its condition is neither checked nor sent. Every problem is
 * reported, each with a Swedish message naming the field.
 */
@Component
public class FormValidator {

    /** Complete: all rules apply. Draft: nothing is required and nothing is refused; values are kept as entered. */
    public enum Mode { COMPLETE, DRAFT }

    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d+([.,]\\d+)?");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)?[0-9][0-9 ()-]*[0-9]");
    private static final Set<String> CHECKED = Set.of("true", "on");

    private final MessageSource messages;
    private final Clock clock;

    /** @param clock the application's clock, in the municipality's time zone: "today" of {@code disallowPassedDates} */
    public FormValidator(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** A checkbox's value as sent by a browser ("on", or the value attribute "true") or as JSON text. */
    static boolean isChecked(String text) {
        return text != null && CHECKED.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    /** A number as people write it ({@code 2 026}, {@code 3,5}, {@code −1}); null when the text is not one. */
    static BigDecimal decimal(String text) {
        String compact = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        return NUMBER.matcher(compact).matches()
                ? new BigDecimal(compact.replace(',', '.').replace('−', '-')) : null;
    }

    public FormResult check(TaskForm form, EnteredValues entered, Map<String, Object> variables, Mode mode) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<FormComponent> inputs = mode == Mode.COMPLETE
                ? form.inputsShown(entered.lookup(form, variables)) : form.inputs();
        for (FormComponent input : inputs) {
            if (!input.readonly()) {
                new FieldCheck(input, entered.all(input.path()), variables, mode, values, problems).run();
            }
        }
        return new FormResult(values, List.copyOf(problems));
    }

    /** One field's check: adds its value (if any) and its problems. */
    private final class FieldCheck {

        private final FormComponent input;
        private final List<String> texts;
        private final Map<String, Object> variables;
        private final boolean complete;
        private final Map<String, Object> values;
        private final List<Problem> problems;

        FieldCheck(FormComponent input, List<String> texts, Map<String, Object> variables, Mode mode,
                Map<String, Object> values, List<Problem> problems) {
            this.input = input;
            this.texts = texts.stream().filter(t -> t != null).toList();
            this.variables = variables;
            this.complete = mode == Mode.COMPLETE;
            this.values = values;
            this.problems = problems;
        }

        void run() {
            switch (input.type()) {
                case CHECKBOX -> checkbox();
                case CHECKLIST, TAGLIST -> checklist();
                default -> single();
            }
        }

        private void checkbox() {
            boolean checked = texts.stream().anyMatch(FormValidator::isChecked);
            if (!checked && input.isRequired()) {
                problem("tasks.form.checkboxRequired");
            }
            FormValues.put(values, input.path(), checked);
        }

        private void checklist() {
            List<String> chosen = texts.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
            if (chosen.isEmpty() && input.isRequired()) {
                problem("tasks.form.checklistRequired");
            }
            if (chosen.stream().anyMatch(value -> !offered(value))) {
                problem("tasks.form.option");
            }
            FormValues.put(values, input.path(), chosen);
        }

        private void single() {
            String text = texts.isEmpty() ? "" : texts.get(0).replace("\r\n", "\n");
            if (text.isBlank()) {
                if (input.isRequired()) {
                    problem("tasks.form.required");
                }
                // sent as null: a field that is cleared must not leave an earlier value in the process
                FormValues.put(values, input.path(), null);
                return;
            }
            Object value = switch (input.type()) {
                case NUMBER -> number(text.trim());
                case SELECT, RADIO -> option(text);
                case DATETIME -> dateTime(text.trim());
                default -> text(text);
            };
            FormValues.put(values, input.path(), value);
        }

        private String text(String text) {
            FieldRules rules = input.rules();
            int length = text.trim().length();
            if (rules.minLength() != null && length < rules.minLength()) {
                problem("tasks.form.minLength", rules.minLength(), length);
            }
            if (rules.maxLength() != null && length > rules.maxLength()) {
                problem("tasks.form.maxLength", rules.maxLength(), length);
            }
            if ("email".equals(rules.validationType())) {
                if (!EMAIL.matcher(text.trim()).matches()) {
                    problem("tasks.form.email");
                }
            } else if ("phone".equals(rules.validationType())) {
                String digits = text.replaceAll("\\D", "");
                if (!PHONE.matcher(text.trim()).matches() || digits.length() < 7 || digits.length() > 15) {
                    problem("tasks.form.phone");
                }
            } else if (rules.pattern() != null && !rules.pattern().matcher(text).find()) {
                problem("tasks.form.pattern");
            }
            return text;
        }

        private Object number(String text) {
            BigDecimal number = decimal(text);
            if (number == null) {
                problem("tasks.form.number");
                return text;
            }
            FieldRules rules = input.rules();
            if (rules.min() != null && number.compareTo(rules.min()) < 0) {
                problem("tasks.form.min", rules.min().toPlainString());
            }
            if (rules.max() != null && number.compareTo(rules.max()) > 0) {
                problem("tasks.form.max", rules.max().toPlainString());
            }
            BigDecimal stripped = number.stripTrailingZeros();
            if (input.decimalDigits() != null && stripped.scale() > input.decimalDigits()) {
                problem(input.decimalDigits() == 0 ? "tasks.form.wholeNumber" : "tasks.form.decimals",
                        input.decimalDigits());
            }
            if (input.serializeToString()) {
                return stripped.toPlainString();
            }
            if (stripped.scale() <= 0) {
                try {
                    long whole = stripped.longValueExact();
                    return whole == (int) whole ? (Object) (int) whole : (Object) whole;
                } catch (ArithmeticException tooLarge) {
                    return number;
                }
            }
            return number;
        }

        private String option(String text) {
            if (!offered(text)) {
                problem("tasks.form.option");
            }
            return text;
        }

        private boolean offered(String value) {
            List<FormOption> options = input.optionsFor(variables);
            return options.isEmpty() || options.stream().anyMatch(o -> o.value().equals(value));
        }

        private String dateTime(String text) {
            try {
                LocalDate date = switch (input.subtype()) {
                    case "time" -> {
                        LocalTime.parse(text);
                        yield null;
                    }
                    case "datetime" -> LocalDateTime.parse(text).toLocalDate();
                    default -> LocalDate.parse(text);
                };
                if (date != null && input.disallowPassedDates() && date.isBefore(LocalDate.now(clock))) {
                    problem("tasks.form.passedDate");
                }
            } catch (DateTimeParseException e) {
                problem("tasks.form." + input.subtype());
            }
            return text;
        }

        private void problem(String code, Object... args) {
            if (!complete) {
                return;
            }
            Object[] all = new Object[args.length + 1];
            all[0] = input.name();
            for (int i = 0; i < args.length; i++) {
                all[i + 1] = String.valueOf(args[i]);
            }
            problems.add(new Problem(input.path(),
                    messages.getMessage(code, all, LocaleContextHolder.getLocale())));
        }
    }
}
