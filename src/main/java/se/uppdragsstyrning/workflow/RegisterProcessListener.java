package se.uppdragsstyrning.workflow;

import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.AssignmentRegistered;
import se.uppdragsstyrning.assignment.ResponsibilityTransferred;
import se.uppdragsstyrning.reporting.PeriodOpened;

/**
 * Turns the register's and reporting's events, once committed, into process starts and messages. The events are
 * kept in the event publication registry until the engine has taken them: when it cannot be reached, the start is
 * delivered again (at the next start-up, and by the registry's periodic resubmission) - a period opened while the
 * engine was away starts by itself as soon as it answers.
 */
@Component
class RegisterProcessListener {

    private final Processes processes;

    RegisterProcessListener(Processes processes) {
        this.processes = processes;
    }

    @ApplicationModuleListener
    void on(AssignmentRegistered registered) {
        processes.startLifecycle(registered.ref(), registered.goalNumber());
    }

    @ApplicationModuleListener
    void on(PeriodOpened opened) {
        processes.startPeriod(opened);
    }

    @ApplicationModuleListener
    void on(ResponsibilityTransferred transferred) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fromOrganisation", transferred.fromOrganisation());
        variables.put("toOrganisation", transferred.toOrganisation());
        processes.publish("responsibility-transferred", transferred.ref(),
                "transfer-" + transferred.transferId(), variables);
    }
}
