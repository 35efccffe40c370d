package se.uppdragsstyrning.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The e-mail settings ({@code uppdrag.mail.*}); the SMTP server itself is Spring's ({@code spring.mail.*}).
 *
 * @param from the sender of reminders and escalations
 */
@ConfigurationProperties("uppdrag.mail")
@Validated
record MailProperties(@NotBlank(message = "{settings.required}") @Email(message = "{settings.email}") String from) {
}
