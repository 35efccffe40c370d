package se.uppdragsstyrning.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import se.uppdragsstyrning.support.BundleValidator;

/** The KS decision's own checks give their Swedish messages from the approval bundle. */
class DecisionRequestTest {

    static LocalValidatorFactoryBean validator;

    @BeforeAll
    static void validator() {
        validator = BundleValidator.of("messages/approval");
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void aMissingDecisionAndAnOverlongCommentAreBothListed() {
        assertThat(validator.validate(new DecisionRequest(" ", List.of(), "x".repeat(4001))))
                .extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                        "Välj om perioden godkänns eller om uppdrag återremitteras.",
                        "Kommentaren får vara högst 4000 tecken.");
    }

    @Test
    void aDecisionWithACommentOfTheMostAllowedLengthPasses() {
        assertThat(validator.validate(new DecisionRequest("RETURN", List.of("2025-34"), "x".repeat(4000))))
                .isEmpty();
    }
}
