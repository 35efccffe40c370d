package se.uppdragsstyrning.workflow;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.uppdragsstyrning.assignment.AssignmentRegistered;
import se.uppdragsstyrning.assignment.ResponsibilityTransferred;
import se.uppdragsstyrning.reporting.PeriodOpened;

/** Turns the register's and reporting's events, once committed, into process starts and messages. */
@Component
class RegisterProcessListener {

    private final Processes processes;

    RegisterProcessListener(Processes processes) {
        this.processes = processes;
    }

    @TransactionalEventListener
    void on(AssignmentRegistered registered) {
        processes.startOnce(Processes.LIFECYCLE, registered.ref(),
                Map.of("assignmentRef", registered.ref(), "goalNumber", registered.goalNumber()));
    }

    @TransactionalEventListener
    void on(PeriodOpened opened) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("periodId", opened.period().toString());
        variables.put("reportDueAt", opened.reportDueAt().toString());
        variables.put("reminderAt", opened.reminderAt().toString());
        variables.put("compilationDueAt", opened.compilationDueAt().toString());
        variables.put("ksDueAt", opened.ksDueAt().toString());
        variables.put("reminderDays", opened.reminderDays());
        processes.startOnce(Processes.PERIOD, opened.period().toString(), variables);
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
