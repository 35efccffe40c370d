package se.uppdragsstyrning.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;
import se.uppdragsstyrning.reporting.AnalysisText;
import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.GoalPeriodText;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.status.GoalRollup;
import se.uppdragsstyrning.status.GoalStatus;
import se.uppdragsstyrning.status.StatusAggregation;

/**
 * The public follow-up: only periods that KS has approved (state APPROVED or PUBLISHED; imported earlier
 * follow-ups are PUBLISHED). Anything else does not exist for the public.
 *
 * <p>The goal status shown is the one recorded with the goal's period text (the decided, published status)
 * when there is one, otherwise the status the aggregation proposes. The period summary is always the computed
 * one, followed by the analysis paragraphs of the hand-written forecast ({@link AnalysisText}).
 *
 * <p>Read-only transactions: the rollups are read as stored (see {@code StatusAggregation}).
 */
@Service
@Transactional(readOnly = true)
class PublishedFollowUps {

    private final ReportingService reporting;
    private final AssignmentService assignments;
    private final StatusAggregation aggregation;
    private final OrganisationService organisations;

    PublishedFollowUps(ReportingService reporting, AssignmentService assignments, StatusAggregation aggregation,
            OrganisationService organisations) {
        this.reporting = reporting;
        this.assignments = assignments;
        this.aggregation = aggregation;
        this.organisations = organisations;
    }

    /** The approved periods, newest first. */
    List<ReportingPeriod> periods() {
        return reporting.periods().stream().filter(p -> p.getState().isApproved()).toList();
    }

    /** "2025", "interim_august" as written in a public address; empty when it names no approved period. */
    Optional<PublishedPeriod> period(int year, String kind) {
        PeriodKind periodKind;
        try {
            periodKind = PeriodKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return period(new PeriodId(year, periodKind));
    }

    Optional<PublishedPeriod> period(PeriodId id) {
        return reporting.period(id).filter(p -> p.getState().isApproved()).flatMap(this::publish);
    }

    private Optional<PublishedPeriod> publish(ReportingPeriod period) {
        return aggregation.rollup(period.periodId()).map(rollup -> {
            Map<Long, GoalPeriodText> texts = reporting.goalTexts(period).stream()
                    .collect(Collectors.toMap(GoalPeriodText::getGoalId, Function.identity()));
            Map<Integer, List<AssessmentEntry>> byGoal = reporting.assessments(period).stream()
                    .collect(Collectors.groupingBy(a -> a.assignment().getGoal().getNumber()));
            List<PublishedGoal> goals = rollup.goals().stream()
                    .map(goal -> goal(goal, texts, byGoal.getOrDefault(goal.number(), List.of()), period.periodId()))
                    .toList();
            return new PublishedPeriod(period.periodId(), goals);
        });
    }

    private PublishedGoal goal(GoalRollup rollup, Map<Long, GoalPeriodText> texts, List<AssessmentEntry> assessments,
            PeriodId period) {
        Goal goal = assignments.goal(rollup.number()).orElseThrow();
        GoalPeriodText text = texts.get(goal.getId());
        Map<Long, Parties> parties = assignments.parties(assessments.stream().map(AssessmentEntry::assignment)
                .toList());
        DatedNames names = organisations.datedNames(parties.values().stream()
                .flatMap(p -> p.responsible().stream()).toList());
        List<PublishedAssignment> published = assessments.stream()
                .sorted(Comparator.comparing(AssessmentEntry::assignment, Assignment.COUNCIL_ORDER))
                .map(assessment -> assignment(assessment, parties.get(assessment.assignment().getId()), names, period))
                .toList();
        return new PublishedGoal(goal.getNumber(), goal.getTitle(), goal.getSections(), status(text, rollup),
                rollup, published, AnalysisText.publishable(text == null ? null : text.getForecastText()));
    }

    private static GoalStatus status(GoalPeriodText text, GoalRollup rollup) {
        if (text != null && text.getGoalStatus() != null) {
            for (GoalStatus status : GoalStatus.values()) {
                if (status.name().equalsIgnoreCase(text.getGoalStatus().trim())) {
                    return status;
                }
            }
        }
        return rollup.proposedStatus();
    }

    /** An assignment as published for the period: its organisations under the names they had then. */
    private static PublishedAssignment assignment(AssessmentEntry assessment, Parties parties, DatedNames names,
            PeriodId period) {
        Assignment a = assessment.assignment();
        return new PublishedAssignment(a.getRef(), a.getGoal().getNumber(), a.getNumber(), a.getOrigin(),
                a.getTitle(), assessment.status(), parties.responsibleAll(),
                parties.responsible().stream()
                        .map(o -> names.on(o, period.lastDay())).toList(),
                assessment.reportedAs(), assessment.assessment(), assessment.estimatedEndYear(), description(a));
    }

    /** The assignment's description, or else the decision it comes from. */
    private static String description(Assignment assignment) {
        if (assignment.getDescription() != null && !assignment.getDescription().isBlank()) {
            return assignment.getDescription();
        }
        DecisionReference decision = assignment.getDecision();
        if (decision == null) {
            return null;
        }
        return decision.title() == null ? decision.citation() : decision.title() + " (" + decision.citation() + ")";
    }
}
