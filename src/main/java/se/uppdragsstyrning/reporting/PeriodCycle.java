package se.uppdragsstyrning.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;

/**
 * A period's round as the processes drive it: the assignments taking part, their board reports and combined
 * assessments as they come in, kommunstyrelsen's return for rework, approval and publication.
 */
@Service
@Transactional
public class PeriodCycle {

    private final ReportingPeriodRepository periods;
    private final AssignmentAssessmentRepository assessments;
    private final BoardReportRepository boardReports;
    private final ReportingService reporting;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodCycle(ReportingPeriodRepository periods, AssignmentAssessmentRepository assessments,
            BoardReportRepository boardReports, ReportingService reporting, AssignmentService assignments,
            OrganisationService organisations, ApplicationEventPublisher events, Clock clock) {
        this.periods = periods;
        this.assessments = assessments;
        this.boardReports = boardReports;
        this.reporting = reporting;
        this.assignments = assignments;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    public ReportingPeriod period(PeriodId id) {
        return periods.findByYearAndKind(id.year(), id.kind())
                .orElseThrow(() -> new IllegalArgumentException("Perioden " + id + " finns inte"));
    }

    /** The assignments fixed as taking part when the period opened, with the organisations that report. */
    @Transactional(readOnly = true)
    public List<Participant> takingPart(PeriodId id) {
        List<Organisation> active = organisations.active();
        Collection<Assignment> taking = assignments.assignmentsById(period(id).getParticipantIds()).values();
        Map<Long, Parties> parties = assignments.parties(taking);
        return taking.stream()
                .sorted(Assignment.COUNCIL_ORDER)
                .map(a -> new Participant(a.getRef(), a.getGoal().getNumber(), reporters(parties.get(a.getId()),
                        active)))
                .toList();
    }

    public void moveTo(PeriodId id, PeriodState state) {
        ReportingPeriod period = period(id);
        boolean changed = period.getState() != state;
        period.moveTo(state);
        if (changed) {
            events.publishEvent(new PeriodStateChanged(id, state));
        }
    }

    /** Whether the assignment's reporting in the period has begun: a board report exists (its task arrived). */
    @Transactional(readOnly = true)
    public boolean reportingStarted(String assignmentRef, PeriodId id) {
        Assignment assignment = assignment(assignmentRef);
        return boardReports.findByAssignmentId(assignment.getId()).stream()
                .anyMatch(r -> r.getPeriod().getId().equals(period(id).getId()));
    }

    /** The reporting task exists: its board report row is created in draft (idempotent). */
    public BoardReport taskCreated(String assignmentRef, String organisationCode, PeriodId id) {
        return reporting.ensureBoardReport(assignment(assignmentRef), organisation(organisationCode), period(id));
    }

    /** An organisation submitted its report through its task. */
    public BoardReport submitted(String assignmentRef, String organisationCode, PeriodId id, ReportStatus status,
            String assessment, Integer estimatedEndYear, String comment, String user) {
        return reporting.submitBoardReport(assignment(assignmentRef), organisation(organisationCode), period(id),
                status, assessment, estimatedEndYear, comment, user);
    }

    /**
     * Responsibility for the assignment moved while the old organisation's report was not yet submitted (its task
     * is open, or it is returned for rework): the report moves to the new organisation, as its task does. Left
     * where it is when the new organisation already has its own report in that period. Idempotent.
     */
    public void responsibilityMoved(String assignmentRef, String fromOrganisation, String toOrganisation) {
        Assignment assignment = assignment(assignmentRef);
        Organisation from = organisation(fromOrganisation);
        Organisation to = organisation(toOrganisation);
        boardReports.findByAssignmentId(assignment.getId()).stream()
                .filter(r -> r.getOrganisationId().equals(from.getId()))
                .filter(r -> !r.getState().isSubmitted())
                .filter(r -> boardReports.findByAssignmentIdAndOrganisationIdAndPeriod(assignment.getId(), to.getId(),
                        r.getPeriod()).isEmpty())
                .forEach(r -> {
                    r.reassignTo(to, clock.instant());
                    events.publishEvent(new BoardReportChanged(r.getPeriod().periodId(), assignmentRef,
                            toOrganisation));
                });
    }

    /** The assignment's combined assessment is ready (one organisation's report, or the compilation). */
    public AssignmentAssessment assessed(String assignmentRef, PeriodId id, ReportStatus status, String assessment,
            Integer estimatedEndYear, boolean compiled) {
        return reporting.recordAssessment(assignment(assignmentRef), period(id), status, assessment,
                estimatedEndYear, compiled ? AssessmentSource.COMPILATION : AssessmentSource.BOARD_REPORT);
    }

    /** Every assignment taking part has an assessment that is not waiting for rework. */
    @Transactional(readOnly = true)
    public boolean isComplete(PeriodId id) {
        ReportingPeriod period = period(id);
        Map<Long, AssignmentAssessment> byAssignment = byAssignment(period);
        Set<Long> closed = closedAssignments(period.getParticipantIds());
        return period.getParticipantIds().stream().allMatch(assignmentId -> {
            AssignmentAssessment assessment = byAssignment.get(assignmentId);
            // closed by the coordinator during the period: its tasks are cancelled and it reports no more
            return closed.contains(assignmentId) || assessment != null && !assessment.isAwaitingRework();
        });
    }

    private Set<Long> closedAssignments(Set<Long> ids) {
        return assignments.assignmentsById(ids).values().stream().filter(a -> a.getState().isClosed())
                .map(Assignment::getId).collect(Collectors.toSet());
    }

    /** The periods run here and still collecting reports in which the assignment takes part. */
    @Transactional(readOnly = true)
    public List<PeriodId> reportingPeriodsOf(String assignmentRef) {
        Long assignmentId = assignment(assignmentRef).getId();
        return periods.findAll().stream()
                .filter(p -> !p.isHistorical() && !p.getState().isApproved())
                .filter(p -> p.takesPart(assignmentId))
                .map(ReportingPeriod::periodId).toList();
    }

    /**
     * Kommunstyrelsen returned these assignments: their assessments and board reports go back for rework, due at
     * {@code reportDueAt}. Delivered again (the engine hands a job out at least once) it changes nothing and
     * answers the round's due moment as first stored.
     *
     * @return when the rework round's reports are due
     */
    public Instant returnForRework(PeriodId id, Collection<String> assignmentRefs, Instant reportDueAt) {
        ReportingPeriod period = period(id);
        if (!period.startRework(reportDueAt)) {
            return period.getReworkReportDueAt() != null ? period.getReworkReportDueAt() : reportDueAt;
        }
        Map<Long, AssignmentAssessment> byAssignment = byAssignment(period);
        for (String ref : assignmentRefs) {
            Assignment assignment = assignment(ref);
            AssignmentAssessment assessment = byAssignment.get(assignment.getId());
            if (assessment != null) {
                assessment.returnForRework();
            }
            boardReports.findByPeriod(period).stream()
                    .filter(r -> r.getAssignmentId().equals(assignment.getId()))
                    .forEach(r -> r.moveTo(ReportState.RETURNED, clock.instant()));
            events.publishEvent(new AssessmentRecorded(id, ref));
        }
        return reportDueAt;
    }

    /**
     * The due moments of a rework round reported due at {@code reportDueAt}: a reminder two days before at 08:00,
     * the compilation three days after.
     */
    public static Map<String, Object> reworkDates(OffsetDateTime reportDueAt) {
        return Map.of(
                "reportDueAt", reportDueAt.toString(),
                "reminderAt", reportDueAt.minusDays(2).withHour(8).toString(),
                "compilationDueAt", reportDueAt.plusDays(3).toString());
    }

    /** Kommunstyrelsen approved the period: every assessment and board report in it is approved. */
    public void approve(PeriodId id) {
        ReportingPeriod period = period(id);
        assessments.findByPeriod(period).forEach(a -> a.setApproved(true));
        boardReports.findByPeriod(period).forEach(r -> r.moveTo(ReportState.APPROVED, clock.instant()));
        period.moveTo(PeriodState.APPROVED);
        events.publishEvent(new PeriodStateChanged(id, PeriodState.APPROVED));
    }

    private Map<Long, AssignmentAssessment> byAssignment(ReportingPeriod period) {
        return assessments.findByPeriod(period).stream()
                .collect(Collectors.toMap(AssignmentAssessment::getAssignmentId, Function.identity()));
    }

    private Assignment assignment(String ref) {
        return assignments.assignment(ref)
                .orElseThrow(() -> new IllegalArgumentException("Uppdraget " + ref + " finns inte"));
    }

    private Organisation organisation(String code) {
        return organisations.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Organisationen " + code + " finns inte"));
    }

    /** The organisations that report on an assignment with these parties ("all": the active ones). */
    static List<String> reporters(Parties parties, List<Organisation> active) {
        List<Organisation> reporting = parties.responsibleAll() ? active
                : parties.responsible().stream().filter(Organisation::isActive).toList();
        return reporting.stream().map(Organisation::getCode).toList();
    }
}
