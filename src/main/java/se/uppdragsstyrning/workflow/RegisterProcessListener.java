package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.AssignmentClosed;
import se.uppdragsstyrning.assignment.AssignmentRegistered;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.notification.NoticeKind;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.reporting.ParticipantAdded;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.assignment.ResponsibilityTransferred;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodOpened;
import se.uppdragsstyrning.reporting.PeriodRepairRequested;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.tasks.TaskInbox;
import se.uppdragsstyrning.tasks.TaskInbox.CancelledTask;

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
    private final PeriodCycle cycle;
    private final TaskInbox inbox;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportsComplete reportsComplete;

    RegisterProcessListener(Processes processes, EngineRecovery recovery, PeriodService periods, PeriodCycle cycle,
            TaskInbox inbox, NotificationService notifications, MessageSource messages, Clock clock,
            ReportsComplete reportsComplete) {
        this.reportsComplete = reportsComplete;
        this.messages = messages;
        this.cycle = cycle;
        this.inbox = inbox;
        this.notifications = notifications;
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
            requestReports(ref, period, "reporting-requested:" + ref + "@" + repair.periodId() + ":repair:"
                    + clock.millis());
        }
    }

    /** Asks the assignment's lifecycle for its reports in the period. */
    private void requestReports(String ref, PeriodOpened period, String messageId) {
        processes.publish("reporting-requested", ref, messageId, Map.of(
                "periodId", period.period().toString(),
                "organisations", periods.reporters(ref),
                "reportDueAt", period.reportDueAt().toString(),
                "reminderAt", period.reminderAt().toString(),
                "compilationDueAt", period.compilationDueAt().toString()));
    }

    /**
     * The coordinator added an assignment to a period under way: its lifecycle (started if it is not yet) is asked
     * for its reports in that period. The message id is the one the period's opening uses, so a period that was
     * still opening asks it once.
     */
    @ApplicationModuleListener
    void on(ParticipantAdded added) {
        processes.startLifecycle(added.assignmentRef(), added.goalNumber());
        requestReports(added.assignmentRef(), periods.announcement(added.period()),
                "reporting-requested:" + added.assignmentRef() + "@" + added.period());
    }

    /**
     * The coordinator closed an assignment outside a period's approval: its lifecycle instance is cancelled, its
     * open tasks with it, and whoever held one is told. A period that waited only for it goes on. Delivered again
     * it cancels and tells nothing more (the notices are deduplicated by task).
     */
    @ApplicationModuleListener
    void on(AssignmentClosed closed) {
        processes.cancel(Processes.LIFECYCLE, closed.ref());
        for (CancelledTask task : inbox.cancelOpen(closed.ref())) {
            Message message = new Message(NoticeKind.INFORMATION,
                    "assignment-closed:" + closed.ref() + ":" + task.taskId(),
                    text("notice.assignmentClosed.subject", closed.ref()),
                    text(closed.state() == AssignmentState.CLOSED_DONE ? "notice.assignmentClosed.done"
                            : "notice.assignmentClosed.notCarriedOut", closed.ref()),
                    "/uppdrag/" + closed.ref());
            if (task.organisation()) {
                notifications.notifyOrganisation(task.holder(), message);
            } else {
                java.util.Arrays.stream(Role.values()).filter(role -> role.name().equals(task.holder())).findFirst()
                        .ifPresent(role -> notifications.notifyRole(role, message));
            }
        }
        cycle.reportingPeriodsOf(closed.ref()).forEach(reportsComplete::publishIfComplete);
    }

    @ApplicationModuleListener
    void on(ResponsibilityTransferred transferred) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fromOrganisation", transferred.fromOrganisation());
        variables.put("toOrganisation", transferred.toOrganisation());
        processes.publish("responsibility-transferred", transferred.ref(),
                "transfer-" + transferred.transferId(), variables);
    }

    /** A notice's text from the bundle ({@code notification.properties}). */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
