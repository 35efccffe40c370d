package se.uppdragsstyrning.system;

import java.net.URI;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings ({@code uppdrag.*}) that several modules read. A module's own settings are beside it
 * ({@code uppdrag.mail} in notification, {@code uppdrag.import} in interchange); the engine's
 * ({@code uppdrag.engine}) belong to workflow. Start-up stops with the property named when one is invalid.
 *
 * @param municipality the municipality's name in page headers, the printed follow-up and the interchange files
 * @param baseUrl      the address people open the application at, for the links in e-mails
 * @param timeZone     the municipality's time zone: what "today" is, when things are due, how times are shown
 * @param demo         the demo mode
 */
@ConfigurationProperties("uppdrag")
@Validated
public record UppdragProperties(
        @DefaultValue("Uppsala kommun") @NotBlank(message = "{settings.required}") String municipality,
        @DefaultValue("http://localhost:8080") @NotNull(message = "{settings.required}") URI baseUrl,
        @DefaultValue("Europe/Stockholm") @NotNull(message = "{settings.required}") ZoneId timeZone,
        @DefaultValue @Valid Demo demo) {

    /** @param enabled demo data is read in at start-up and every page shows the demo banner */
    public record Demo(boolean enabled) {
    }
}
