package se.uppdragsstyrning.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * {@code @ApplicationModuleListener}s run after the publishing transaction has committed, on Spring Boot's
 * {@code applicationTaskExecutor}, so that slow work (a mail server) never holds the caller. What they have not
 * completed stays in the event publication registry and is resubmitted (at start-up and by
 * {@code operations.EventPublicationResubmission}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
