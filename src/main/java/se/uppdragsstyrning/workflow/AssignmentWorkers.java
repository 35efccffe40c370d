package se.uppdragsstyrning.workflow;

import java.util.List;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.notification.NoticeKind;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.tasks.TaskInbox;

/** The service tasks of the {@code assignment-lifecycle} process. */
@Component
public class AssignmentWorkers {

    private final PeriodCycle cycle;
    private final Processes processes;
    private final AssignmentService assignments;
    private final NotificationService notifications;
    private final TaskInbox inbox;
    private final ReportsComplete reportsComplete;

    AssignmentWorkers(PeriodCycle cycle, Processes processes, AssignmentService assignments,
            NotificationService notifications, TaskInbox inbox, ReportsComplete reportsComplete) {
        this.reportsComplete = reportsComplete;
        this.cycle = cycle;
        this.processes = processes;
        this.assignments = assignments;
        this.notifications = notifications;
        this.inbox = inbox;
    }

    /** Stores the combined assessment; when it was the period's last, the period process goes on. */
    @JobWorker(type = "assignment.reported")
    public void reported(@Variable String assignmentRef, @Variable String periodId, @Variable List<Object> reports,
            @Variable String combinedStatus, @Variable String combinedAssessment, @Variable Integer combinedEndYear) {
        PeriodId id = PeriodId.parse(periodId);
        cycle.assessed(assignmentRef, id, ReportStatus.valueOf(combinedStatus), combinedAssessment, combinedEndYear,
                reports.size() > 1);
        reportsComplete.publishIfComplete(id);
    }

    @JobWorker(type = "assignment.close")
    public void close(@Variable String assignmentRef, @Variable String closure, @Variable String closureReason) {
        assignments.close(assignmentRef,
                "DONE".equals(closure) ? AssignmentState.CLOSED_DONE : AssignmentState.CLOSED_NOT_CARRIED_OUT,
                closureReason, "kommunstyrelsen");
        processes.ended(Processes.LIFECYCLE, assignmentRef);
    }

    /** Reminds the organisation that holds the task now (a transfer may have moved it since the engine made it). */
    @JobWorker(type = "task.remind")
    public void remind(@Variable String assignmentRef, @Variable String periodId, @Variable String organisationCode,
            @Variable String reportDueAt) {
        String label = assignments.assignment(assignmentRef).map(a -> a.getShortName()).orElse(assignmentRef);
        String holder = inbox.holder(periodId, assignmentRef, organisationCode);
        if (inbox.notice(periodId, assignmentRef, holder, se.uppdragsstyrning.tasks.NoticeKind.REMINDER) == 0) {
            return; // its report is in (a restored instance's timer can fire before the report is replayed)
        }
        notifications.notifyOrganisation(holder, new Message(NoticeKind.REMINDER,
                "remind:" + assignmentRef + "@" + periodId + ":" + holder + ":" + reportDueAt,
                "Påminnelse: rapportera " + label,
                "Rapporten för " + label + " i " + PeriodId.parse(periodId).label() + " ska vara inlämnad senast "
                        + reportDueAt.substring(0, 10) + ".",
                "/uppgifter"));
    }

    /** Tells the coordinators which organisation is late: the one that holds the task now. */
    @JobWorker(type = "task.escalate")
    public void escalate(@Variable String assignmentRef, @Variable String periodId, @Variable String organisationCode,
            @Variable String reportDueAt) {
        String label = assignments.assignment(assignmentRef).map(a -> a.getShortName()).orElse(assignmentRef);
        String holder = inbox.holder(periodId, assignmentRef, organisationCode);
        if (inbox.notice(periodId, assignmentRef, holder, se.uppdragsstyrning.tasks.NoticeKind.ESCALATION) == 0) {
            return; // its report is in
        }
        notifications.notifyRole(Role.COORDINATOR, new Message(NoticeKind.ESCALATION,
                "overdue:" + assignmentRef + "@" + periodId + ":" + holder + ":" + reportDueAt,
                "Försenad rapport: " + label + " från " + holder,
                holder + " har inte lämnat sin rapport för " + label + " i "
                        + PeriodId.parse(periodId).label() + " (sista dag " + reportDueAt.substring(0, 10) + ").",
                "/uppdrag/" + assignmentRef));
    }
}
