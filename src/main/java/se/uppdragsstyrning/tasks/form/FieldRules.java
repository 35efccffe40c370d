package se.uppdragsstyrning.tasks.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A component's {@code validate} properties. Values written as FEEL expressions ({@code =…}) cannot be
 * evaluated on the server and are left out (null).
 *
 * @param pattern        matched like form-js does ({@code RegExp.test}: found anywhere unless anchored)
 * @param validationType {@code email}, {@code phone}, {@code custom} or null
 */
public record FieldRules(boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
        Pattern pattern, String validationType) {

    static final FieldRules NONE = new FieldRules(false, null, null, null, null, null, null);
}
