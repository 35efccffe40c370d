package se.uppdragsstyrning.interchange;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The import's settings ({@code uppdrag.import.*}).
 *
 * @param maxBytes the largest interchange file accepted, in bytes; a larger one is refused unread
 */
@ConfigurationProperties("uppdrag.import")
@Validated
record ImportProperties(@Positive(message = "{settings.positive}") int maxBytes) {
}
