package se.uppdragsstyrning.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application's clock, in the municipality's time zone ({@code uppdrag.time-zone}): every "now" and "today"
 * outside the engine comes from it, so that a test can set the time. Scheduled work (the engine check, resubmission
 * of events) runs on it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

    @Bean
    Clock clock(UppdragProperties settings) {
        return Clock.system(settings.timeZone());
    }
}
