package se.uppdragsstyrning.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.status.AssessmentVersion;
import se.uppdragsstyrning.status.GoalRollup;
import se.uppdragsstyrning.status.PeriodRollup;
import se.uppdragsstyrning.status.StatusAggregation;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.RequestChecks;
import se.uppdragsstyrning.tasks.TaskCommands;
import se.uppdragsstyrning.tasks.TaskCompleted;
import se.uppdragsstyrning.tasks.TaskQueries;

/**
 * Kommunstyrelsen's approval of a period's rollup. A decision is made by completing the period's KS approval
 * task (from the approval page, the API or the task list); every completed decision is stored with who, when,
 * the comment and exactly which version of which assessments it was made on.
 */
@Service
@Transactional
public class ApprovalService {

    static final String FORM = "ks-approval";

    /** The decision form's fields in the order its problems are listed. */
    private static final List<String> DECISION_FIELDS = List.of("decision", "assignments", "comment");

    private final KsDecisionRepository decisions;
    private final PeriodCycle cycle;
    private final StatusAggregation status;
    private final TaskQueries tasks;
    private final TaskCommands taskCommands;
    private final Clock clock;
    private final RequestChecks checks;

    ApprovalService(KsDecisionRepository decisions, PeriodCycle cycle, StatusAggregation status,
            TaskQueries tasks, TaskCommands taskCommands, Clock clock, RequestChecks checks) {
        this.decisions = decisions;
        this.cycle = cycle;
        this.status = status;
        this.tasks = tasks;
        this.taskCommands = taskCommands;
        this.clock = clock;
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    public List<KsDecision> decisions(PeriodId period) {
        return decisions.findByPeriodIdOrderByRound(cycle.period(period).getId());
    }

    /** Whether the period waits for kommunstyrelsen's decision (its approval task is open). */
    @Transactional(readOnly = true)
    public boolean awaitsDecision(PeriodId period) {
        return tasks.activeTaskId(FORM, period.toString()).isPresent();
    }

    /**
     * Decides on the period: validates the decision (every problem listed) and completes the period's KS
     * approval task with it. The decision itself is stored when the task is completed.
     */
    public void decide(PeriodId period, DecisionRequest request, CurrentUser user) {
        List<Problem> problems = new ArrayList<>(checks.problems(request));
        Decision decision = parse(request.decision(), problems);
        List<String> returned = request.assignments() == null ? List.of() : request.assignments();
        Set<String> takingPart = cycle.takingPart(period).stream().map(Participant::assignmentRef)
                .collect(Collectors.toSet());
        if (decision == Decision.RETURN) {
            if (returned.isEmpty()) {
                problems.add(new Problem("assignments", "Välj de uppdrag som ska återremitteras."));
            }
            returned.stream().filter(ref -> !takingPart.contains(ref)).forEach(ref -> problems.add(
                    new Problem("assignments", "Uppdraget " + ref + " ingår inte i perioden.")));
            if (request.comment() == null || request.comment().isBlank()) {
                problems.add(new Problem("comment",
                        "Skriv vad som ska göras om, så att nämnderna vet vad de ska arbeta vidare med."));
            }
        } else if (decision == Decision.APPROVE && !returned.isEmpty()) {
            problems.add(new Problem("assignments", "Ett godkännande återremitterar inga uppdrag."));
        }
        long taskId = tasks.activeTaskId(FORM, period.toString()).orElse(-1L);
        if (taskId < 0) {
            problems.add(new Problem(null, period.label() + " väntar inte på kommunstyrelsens beslut."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(RequestChecks.inFieldOrder(problems, DECISION_FIELDS));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision.name());
        values.put("returnedAssignments", decision == Decision.RETURN ? returned : List.of());
        values.put("comment", request.comment());
        values.put("reviewed", true);
        taskCommands.complete(user, taskId, values);
    }

    /**
     * Stores the decision once the KS approval task's completion is committed, whichever page or API completed it
     * (delivered again until stored).
     */
    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        if (!FORM.equals(completed.formId()) || completed.periodId() == null
                || decisions.existsByTaskId(completed.taskId())) {
            return;
        }
        PeriodId periodId = PeriodId.parse(completed.periodId());
        ReportingPeriod period = cycle.period(periodId);
        Map<String, Object> values = completed.variables();
        Decision decision = Decision.valueOf(String.valueOf(values.get("decision")));
        List<String> returned = values.get("returnedAssignments") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        PeriodRollup rollup = status.recompute(periodId).orElseThrow();
        String assessed = versions(rollup.goals().stream().map(GoalRollup::sources).flatMap(List::stream).toList());
        decisions.save(new KsDecision(completed.taskId(), period.getId(), decisions.countByPeriodId(period.getId()),
                decision,
                (String) values.get("comment"), decision == Decision.RETURN ? returned : List.of(),
                completed.completedBy(), clock.instant(), rollup.sourceVersion(), assessed));
    }

    private static Decision parse(String decision, List<Problem> problems) {
        if (decision == null || decision.isBlank()) {
            return null; // the request's own check
        }
        try {
            return Decision.valueOf(decision.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("decision", "Okänt beslut: " + decision + " (giltiga: APPROVE, RETURN)."));
            return null;
        }
    }

    static String versions(List<AssessmentVersion> sources) {
        return sources.stream().map(v -> v.assignmentRef() + "=" + v.assessmentId() + "@" + v.version())
                .collect(Collectors.joining(", "));
    }
}
