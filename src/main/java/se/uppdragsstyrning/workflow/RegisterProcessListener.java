package se.uppdragsstyrning.workflow;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.uppdragsstyrning.assignment.AssignmentRegistered;
import se.uppdragsstyrning.assignment.ResponsibilityTransferred;
import se.uppdragsstyrning.reporting.PeriodOpened;

/**
 * Turns the register's and reporting's events, once committed, into process starts and messages. What is
 * committed stays committed: if the engine cannot be reached the start is logged and made up for at the next
 * start-up ({@link ProcessBootstrap}) or, for an assignment, when the next period opens.
 */
@Component
class RegisterProcessListener {

    private static final Logger log = LoggerFactory.getLogger(RegisterProcessListener.class);

    private final Processes processes;

    RegisterProcessListener(Processes processes) {
        this.processes = processes;
    }

    @TransactionalEventListener
    void on(AssignmentRegistered registered) {
        try {
            processes.startLifecycle(registered.ref(), registered.goalNumber());
        } catch (RuntimeException e) {
            log.warn("Livscykeln för uppdrag {} kunde inte startas nu ({}); den startas senare", registered.ref(),
                    e.getMessage());
        }
    }

    @TransactionalEventListener
    void on(PeriodOpened opened) {
        try {
            processes.startPeriod(opened);
        } catch (RuntimeException e) {
            log.warn("Processen för {} kunde inte startas nu ({}); den startas när applikationen startar om",
                    opened.period(), e.getMessage());
        }
    }

    @TransactionalEventListener
    void on(ResponsibilityTransferred transferred) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fromOrganisation", transferred.fromOrganisation());
        variables.put("toOrganisation", transferred.toOrganisation());
        processes.publish("responsibility-transferred", transferred.ref(),
                "transfer-" + transferred.transferId(), variables);
    }
}
