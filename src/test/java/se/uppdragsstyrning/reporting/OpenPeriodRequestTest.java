package se.uppdragsstyrning.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import se.uppdragsstyrning.support.BundleValidator;

/** The opening request's own checks give their Swedish messages from the reporting bundle. */
class OpenPeriodRequestTest {

    static LocalValidatorFactoryBean validator;

    @BeforeAll
    static void validator() {
        validator = BundleValidator.of("messages/reporting");
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void everyMissingFieldIsListed() {
        assertThat(validator.validate(new OpenPeriodRequest(null, "", null, null, null, null)))
                .extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder("Ange år.",
                        "Ange vilken uppföljning perioden gäller.", "Ange sista dag för nämndernas rapporter.",
                        "Ange sista dag för sammanställningen.", "Ange dag för kommunstyrelsens beslut.");
    }

    @Test
    void aYearAndReminderOutsideTheirRangesAreListed() {
        LocalDate day = LocalDate.of(2026, 9, 15);
        assertThat(validator.validate(new OpenPeriodRequest(1999, "ANNUAL", day, day, day, 61)))
                .extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                        "Året ska vara mellan 2000 och 2100.", "Påminnelsen ska gå ut 0–60 dagar före sista dag.");
        assertThat(validator.validate(new OpenPeriodRequest(2100, "ANNUAL", day, day, day, 0))).isEmpty();
    }
}
