package se.uppdragsstyrning.workflow;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything else talks to the engine: deploy the models, give an engine that lost its state its
 * instances back ({@link EngineRecovery}), and only then deliver the events that were not delivered before the
 * application stopped (process starts, completions) - in that order, so that nothing reaches a new engine run with
 * an old run's keys. While the application runs, the engine is checked every minute for lost state.
 */
@Component
class ProcessBootstrap {

    private static final Logger log = LoggerFactory.getLogger(ProcessBootstrap.class);

    private final ProcessDeployment deployment;
    private final EngineRecovery recovery;
    private final IncompleteEventPublications outstanding;

    ProcessBootstrap(ProcessDeployment deployment, EngineRecovery recovery, IncompleteEventPublications outstanding) {
        this.deployment = deployment;
        this.recovery = recovery;
        this.outstanding = outstanding;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void start() {
        deployment.deployAllOnce();
        recovery.atStartUp();
        outstanding.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
    }

    @Scheduled(initialDelayString = "${uppdrag.engine.recovery-check:PT1M}",
            fixedDelayString = "${uppdrag.engine.recovery-check:PT1M}")
    void checkEngine() {
        try {
            recovery.check();
        } catch (RuntimeException unreachable) {
            log.debug("The engine could not be checked now: {}", unreachable.getMessage());
        }
    }
}
