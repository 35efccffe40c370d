package se.uppdragsstyrning.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock of the application, in the municipality's time zone; tests replace it to move time. Scheduled
 * work (the engine check, resubmission of events) runs on it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${uppdrag.time-zone:Europe/Stockholm}") ZoneId zone) {
        return Clock.system(zone);
    }
}
