package se.uppdragsstyrning.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands incomplete event publications older than {@code uppdrag.events.resubmission.older-than} to their
 * listeners again, every {@code uppdrag.events.resubmission.interval}: a mail server or an engine that was away
 * is caught up with without anyone pressing "Skicka igen". At start-up the registry resubmits everything
 * outstanding by itself (spring.modulith.events.republish-outstanding-events-on-restart).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventResubmissionProperties.class)
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final EventResubmissionProperties properties;

    EventResubmission(IncompleteEventPublications incomplete, EventResubmissionProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${uppdrag.events.resubmission.interval:PT1M}",
            initialDelayString = "${uppdrag.events.resubmission.interval:PT1M}")
    void resubmitOld() {
        if (!properties.enabled()) {
            return;
        }
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.olderThan());
        } catch (RuntimeException e) {
            log.warn("Ofullbordade händelser kunde inte skickas igen: {}", e.getMessage());
        }
    }
}
