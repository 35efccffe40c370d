package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.AssignmentRegistered;
import se.uppdragsstyrning.assignment.ResponsibilityTransferred;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodOpened;
import se.uppdragsstyrning.reporting.PeriodRepairRequested;
import se.uppdragsstyrning.reporting.PeriodService;

/**
 * Turns the register's and reporting's events, once committed, into process starts and messages. The events are
 * kept in the event publication registry until the engine has taken them: when it cannot be reached, the start is
 * delivered again (at the next start-up, and by the registry's periodic resubmission) - a period opened while the
 * engine was away starts by itself as soon as it answers.
 */
@Component
class RegisterProcessListener {

    private final Processes processes;
    private final EngineRecovery recovery;
    private final PeriodService periods;
    private final Clock clock;

    RegisterProcessListener(Processes processes, EngineRecovery recovery, PeriodService periods, Clock clock) {
        this.processes = processes;
        this.recovery = recovery;
        this.periods = periods;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AssignmentRegistered registered) {
        processes.startLifecycle(registered.ref(), registered.goalNumber());
    }

    @ApplicationModuleListener
    void on(PeriodOpened opened) {
        processes.startPeriod(opened);
    }

    /**
     * The coordinator asked for a period's missing tasks: instances the engine lost are restored, and each
     * assignment without any task is asked for its reports again (a lifecycle waiting for the period picks the
     * request up; one that is further on has tasks and is not asked).
     */
    @ApplicationModuleListener
    void on(PeriodRepairRequested repair) {
        recovery.check();
        PeriodOpened period = periods.announcement(PeriodId.parse(repair.periodId()));
        for (String ref : repair.assignmentRefs()) {
            processes.publish("reporting-requested", ref,
                    "reporting-requested:" + ref + "@" + repair.periodId() + ":repair:" + clock.millis(), Map.of(
                            "periodId", repair.periodId(),
                            "organisations", periods.reporters(ref),
                            "reportDueAt", period.reportDueAt().toString(),
                            "reminderAt", period.reminderAt().toString(),
                            "compilationDueAt", period.compilationDueAt().toString()));
        }
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
