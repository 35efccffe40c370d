package se.uppdragsstyrning.reporting;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.organisation.OrganisationService;

/**
 * Answers, from the database alone, where each assignment's lifecycle and each period's process stands: the
 * system of record is here, so an engine that lost its state can be given back every running instance at the right
 * step with the variables it had.
 */
@Service
@Transactional(readOnly = true)
public class PeriodRestoration {

    private final ReportingPeriodRepository periods;
    private final AssignmentAssessmentRepository assessments;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final PeriodService periodService;
    private final PeriodCycle cycle;
    private final ZoneId zone;

    PeriodRestoration(ReportingPeriodRepository periods, AssignmentAssessmentRepository assessments,
            AssignmentService assignments, OrganisationService organisations, PeriodService periodService,
            PeriodCycle cycle, @Value("${uppdrag.time-zone:Europe/Stockholm}") ZoneId zone) {
        this.periods = periods;
        this.assessments = assessments;
        this.assignments = assignments;
        this.organisations = organisations;
        this.periodService = periodService;
        this.cycle = cycle;
        this.zone = zone;
    }

    /** Where the assignment's lifecycle stands: finished when the assignment is closed. */
    public ProcessStep lifecycle(String assignmentRef) {
        Assignment assignment = assignments.assignment(assignmentRef).orElse(null);
        if (assignment == null || assignment.getState().isClosed()) {
            return new ProcessStep(ProcessStep.Step.FINISHED, Map.of());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignmentRef", assignmentRef);
        variables.put("goalNumber", assignment.getGoal().getNumber());
        Optional<ReportingPeriod> running = periods.findAll().stream()
                .filter(p -> !p.isHistorical() && inProgress(p.getState()))
                .filter(p -> p.takesPart(assignment.getId()))
                .max(Comparator.comparing(ReportingPeriod::getYear).thenComparing(ReportingPeriod::getKind));
        if (running.isEmpty()) {
            return new ProcessStep(ProcessStep.Step.START, variables);
        }
        ReportingPeriod period = running.get();
        variables.putAll(dueDates(period));
        variables.put("periodId", period.periodId().toString());
        variables.put("organisations", PeriodCycle.reporters(assignments.parties(assignment), organisations.active()));
        variables.put("returnComment", null);
        variables.put("decision", null);
        Optional<AssignmentAssessment> assessed = assessments.findByAssignmentAndPeriod(assignment, period)
                .filter(a -> !a.isAwaitingRework());
        if (assessed.isPresent()) {
            variables.put("combinedStatus", assessed.get().getStatus().name());
            variables.put("combinedAssessment", assessed.get().getAssessment());
            variables.put("combinedEndYear", assessed.get().getEstimatedEndYear());
            return new ProcessStep(ProcessStep.Step.AWAITING_DECISION, variables);
        }
        return new ProcessStep(ProcessStep.Step.REPORTING, variables);
    }

    /** Where the period's process stands. */
    public ProcessStep period(PeriodId id) {
        ReportingPeriod period = cycle.period(id);
        Map<String, Object> variables = new HashMap<>(dueDates(period));
        PeriodOpened announced = periodService.announcement(period);
        variables.put("periodId", id.toString());
        variables.put("ksDueAt", announced.ksDueAt().toString());
        variables.put("reminderDays", period.getReminderDays());
        variables.put("comment", null);
        ProcessStep.Step step = switch (period.getState()) {
            case OPENING -> ProcessStep.Step.START;
            case REPORTING, COMPILATION -> cycle.isComplete(id) ? ProcessStep.Step.AGGREGATING
                    : ProcessStep.Step.AWAITING_REPORTS;
            case KS_APPROVAL -> ProcessStep.Step.AGGREGATING;
            case APPROVED -> ProcessStep.Step.APPROVING;
            case PUBLISHED -> ProcessStep.Step.FINISHED;
        };
        return new ProcessStep(step, variables);
    }

    private static boolean inProgress(PeriodState state) {
        return state == PeriodState.REPORTING || state == PeriodState.COMPILATION
                || state == PeriodState.KS_APPROVAL || state == PeriodState.APPROVED;
    }

    /** The due moments as the models read them: the period's own, or the current rework round's. */
    private Map<String, Object> dueDates(ReportingPeriod period) {
        PeriodOpened announced = periodService.announcement(period);
        if (period.getReworkReportDueAt() == null) {
            return Map.of("reportDueAt", announced.reportDueAt().toString(),
                    "reminderAt", announced.reminderAt().toString(),
                    "compilationDueAt", announced.compilationDueAt().toString());
        }
        return PeriodCycle.reworkDates(period.getReworkReportDueAt().atZone(zone).toOffsetDateTime());
    }
}
