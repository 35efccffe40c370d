package se.uppdragsstyrning.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/** The shared settings ({@code uppdrag.*}): their defaults, the clock in the configured zone, and refusals. */
class SettingsTest {

    @EnableConfigurationProperties(UppdragProperties.class)
    @Import(ClockConfiguration.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withPropertyValues("spring.messages.basename=messages/messages")
            .withUserConfiguration(Settings.class);

    @Test
    void withoutSettingsTheDefaultsHold() {
        context.run(app -> {
            assertThat(app.getBean(UppdragProperties.class)).isEqualTo(new UppdragProperties("Uppsala kommun",
                    URI.create("http://localhost:8080"), ZoneId.of("Europe/Stockholm"),
                    new UppdragProperties.Demo(false)));
            assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        });
    }

    @Test
    void theClockKeepsTheConfiguredTimeZone() {
        context.withPropertyValues("uppdrag.time-zone=Europe/Helsinki", "uppdrag.demo.enabled=true").run(app -> {
            assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
            assertThat(app.getBean(UppdragProperties.class).demo().enabled()).isTrue();
        });
    }

    @Test
    void aBlankMunicipalityStopsStartUpNamingTheSetting() {
        context.withPropertyValues("uppdrag.municipality= ").run(app -> {
            assertThat(app).hasFailed();
            assertThat(app.getStartupFailure()).rootCause().hasMessageContaining("municipality")
                    .hasMessageContaining("måste anges");
        });
    }
}
