package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.notification.NoticeKind;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.system.Role;

/** The service tasks of the {@code reporting-period} process. Thin: the domain services do the work. */
@Component
public class PeriodWorkers {

    /** A returned assignment gets a week for rework, a reminder two days before and three days for compilation. */
    static final int REWORK_DAYS = 7;

    private final PeriodCycle cycle;
    private final Processes processes;
    private final AssignmentService assignments;
    private final NotificationService notifications;
    private final Clock clock;
    private final ZoneId zone;

    PeriodWorkers(PeriodCycle cycle, Processes processes, AssignmentService assignments,
            NotificationService notifications, Clock clock) {
        this.cycle = cycle;
        this.processes = processes;
        this.assignments = assignments;
        this.notifications = notifications;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Asks every assignment taking part for its reports. */
    @JobWorker(type = "period.open")
    public void open(@Variable String periodId, @Variable String reportDueAt, @Variable String reminderAt,
            @Variable String compilationDueAt) {
        PeriodId id = PeriodId.parse(periodId);
        for (Participant participant : cycle.takingPart(id)) {
            if (cycle.reportingStarted(participant.assignmentRef(), id)) {
                continue; // its tasks exist: the request reached it before (a repeated job, a restored period)
            }
            processes.startLifecycle(participant.assignmentRef(), participant.goalNumber());
            processes.publish("reporting-requested", participant.assignmentRef(),
                    "reporting-requested:" + participant.assignmentRef() + "@" + periodId, Map.of(
                            "periodId", periodId,
                            "organisations", participant.organisationCodes(),
                            "reportDueAt", reportDueAt,
                            "reminderAt", reminderAt,
                            "compilationDueAt", compilationDueAt));
        }
        cycle.moveTo(id, PeriodState.REPORTING);
    }

    @JobWorker(type = "period.escalate")
    public void escalateCompilation(@Variable String periodId) {
        PeriodId id = PeriodId.parse(periodId);
        notifications.notifyRole(Role.COORDINATOR, new Message(NoticeKind.ESCALATION,
                "compilation-overdue:" + periodId + ":" + cycle.period(id).getReworkRound(),
                "Sammanställningen för " + id.label() + " är försenad",
                "Sista dag för sammanställningen har passerat och alla uppdrag har ännu inte sin bedömning.",
                "/perioder/" + periodId));
    }

    /** The rollup is computed; kommunstyrelsen gets the period's assignments to choose from. */
    @JobWorker(type = "period.aggregate")
    public Map<String, Object> aggregate(@Variable String periodId) {
        PeriodId id = PeriodId.parse(periodId);
        cycle.moveTo(id, PeriodState.KS_APPROVAL);
        List<Map<String, String>> options = cycle.takingPart(id).stream()
                .map(p -> assignments.assignment(p.assignmentRef()).orElseThrow())
                .map(a -> Map.of("value", a.getRef(), "label", label(a))).toList();
        return Map.of("periodAssignments", options);
    }

    /** Sends the chosen assignments back for rework with kommunstyrelsen's comment and new due dates. */
    @JobWorker(type = "period.return")
    public Map<String, Object> returnAssignments(@Variable String periodId, @Variable List<String> returnedAssignments,
            @Variable String comment) {
        PeriodId id = PeriodId.parse(periodId);
        OffsetDateTime proposed = LocalDate.now(clock).plusDays(REWORK_DAYS).atTime(PeriodService.DUE_TIME)
                .atZone(zone).toOffsetDateTime();
        OffsetDateTime due = cycle.returnForRework(id, returnedAssignments, proposed.toInstant()).atZone(zone)
                .toOffsetDateTime();
        int round = cycle.period(id).getReworkRound();
        Map<String, Object> dates = PeriodCycle.reworkDates(due);
        for (String ref : returnedAssignments) {
            Map<String, Object> variables = new HashMap<>(dates);
            variables.put("decision", "RETURNED");
            variables.put("comment", comment);
            processes.publish("assignment-decided", ref, "decided:" + ref + "@" + periodId + ":returned:" + round,
                    variables);
        }
        return Map.of("compilationDueAt", dates.get("compilationDueAt"), "reportDueAt", dates.get("reportDueAt"));
    }

    @JobWorker(type = "period.approve")
    public void approve(@Variable String periodId, @Variable String comment) {
        PeriodId id = PeriodId.parse(periodId);
        cycle.approve(id);
        for (Participant participant : cycle.takingPart(id)) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("decision", "APPROVED");
            variables.put("comment", comment);
            processes.publish("assignment-decided", participant.assignmentRef(),
                    "decided:" + participant.assignmentRef() + "@" + periodId + ":approved", variables);
        }
    }

    @JobWorker(type = "period.publish")
    public void publish(@Variable String periodId) {
        cycle.moveTo(PeriodId.parse(periodId), PeriodState.PUBLISHED);
        processes.ended(Processes.PERIOD, periodId);
    }

    static String label(Assignment assignment) {
        return assignment.getLabel() + ". " + assignment.getTitle();
    }
}
