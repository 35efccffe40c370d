package se.uppdragsstyrning.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work that runs beside requests. {@code @ApplicationModuleListener}s run after the publishing transaction has
 * committed, on Spring Boot's {@code applicationTaskExecutor}, so that slow work (a mail server) never holds the
 * caller; what they have not completed stays in the event publication registry and is resubmitted (at start-up
 * and by {@code operations.EventResubmission}). {@code @Scheduled} methods (the resubmission, the task gauges)
 * run on Spring Boot's {@code taskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class BackgroundWork {
}
