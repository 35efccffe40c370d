package se.uppdragsstyrning.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.RegisterHistory;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/** Reporting periods, board reports and the combined assessments that rollups and publication read. */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    /** Newest period first. */
    public static final Comparator<ReportingPeriod> NEWEST_FIRST =
            Comparator.comparing(ReportingPeriod::periodId).reversed();

    private final ReportingPeriodRepository periods;
    private final BoardReportRepository reports;
    private final AssignmentAssessmentRepository assessments;
    private final GoalPeriodTextRepository goalTexts;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final RegisterHistory history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportingService(ReportingPeriodRepository periods, BoardReportRepository reports,
            AssignmentAssessmentRepository assessments, GoalPeriodTextRepository goalTexts,
            AssignmentService assignments, OrganisationService organisations, RegisterHistory history, Clock clock,
            ApplicationEventPublisher events) {
        this.periods = periods;
        this.reports = reports;
        this.assessments = assessments;
        this.goalTexts = goalTexts;
        this.assignments = assignments;
        this.organisations = organisations;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    public List<ReportingPeriod> periods() {
        return periods.findAll().stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<ReportingPeriod> period(PeriodId id) {
        return periods.findByYearAndKind(id.year(), id.kind());
    }

    public Optional<ReportingPeriod> period(Long id) {
        return periods.findById(id);
    }

    /** The newest period that has any assessments, for pages that show "the latest status". */
    public Optional<ReportingPeriod> latestPeriod() {
        return periods().stream().findFirst();
    }

    /** The period's combined assessments with their assignments (looked up by id, in one query). */
    public List<AssessmentEntry> assessments(ReportingPeriod period) {
        List<AssignmentAssessment> found = assessments.findByPeriod(period);
        Map<Long, Assignment> byId = assignments.assignmentsById(
                found.stream().map(AssignmentAssessment::getAssignmentId).toList());
        return found.stream().map(a -> entry(a, byId.get(a.getAssignmentId()))).toList();
    }

    public Optional<AssignmentAssessment> assessment(Assignment assignment, ReportingPeriod period) {
        return assessments.findByAssignmentAndPeriod(assignment, period);
    }

    /** The assignment's assessments, newest period first. */
    public List<AssessmentEntry> assessments(Assignment assignment) {
        return assessments.findByAssignmentId(assignment.getId()).stream()
                .sorted(Comparator.comparing((AssignmentAssessment a) -> a.getPeriod().periodId()).reversed())
                .map(a -> entry(a, assignment))
                .toList();
    }

    /** The assignment's board reports, newest period first, then by organisation. */
    public List<BoardReportEntry> boardReports(Assignment assignment) {
        Map<Long, Organisation> organisationsById = organisationsById();
        return reports.findByAssignmentId(assignment.getId()).stream()
                .map(r -> entry(r, assignment, organisationsById.get(r.getOrganisationId())))
                .sorted(Comparator.comparing(BoardReportEntry::period).reversed()
                        .thenComparing(r -> r.organisation().getName()))
                .toList();
    }

    /** The period's board reports with their assignments and organisations (looked up by id, in one query each). */
    public List<BoardReportEntry> boardReports(ReportingPeriod period) {
        List<BoardReport> found = reports.findByPeriod(period);
        Map<Long, Assignment> byId = assignments.assignmentsById(
                found.stream().map(BoardReport::getAssignmentId).toList());
        Map<Long, Organisation> organisationsById = organisationsById();
        return found.stream().map(r -> entry(r, byId.get(r.getAssignmentId()),
                organisationsById.get(r.getOrganisationId()))).toList();
    }

    public List<GoalPeriodText> goalTexts(ReportingPeriod period) {
        return goalTexts.findByPeriod(period);
    }

    public Optional<GoalPeriodText> goalText(Goal goal, ReportingPeriod period) {
        return goalTexts.findByGoalIdAndPeriod(goal.getId(), period);
    }

    /**
     * A summary of the assessments and board reports of these periods (row counts, id sums and version sums):
     * any insert, update or delete changes it, since every JPA update raises the row's version. For the status
     * read model, which recomputes a rollup only when its inputs changed.
     */
    public String inputsVersion(Collection<Long> periodIds) {
        return summary(assessments.versionSummary(periodIds)) + ";" + summary(reports.versionSummary(periodIds));
    }

    private static String summary(List<Object[]> rows) {
        return rows.isEmpty() ? "" : java.util.Arrays.stream(rows.get(0)).map(String::valueOf)
                .collect(Collectors.joining("/"));
    }

    private Map<Long, Organisation> organisationsById() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    private static AssessmentEntry entry(AssignmentAssessment a, Assignment assignment) {
        return new AssessmentEntry(a.getId(), a.getVersion(), a.getPeriod().periodId(), assignment, a.getStatus(),
                a.getAssessment(), a.getEstimatedEndYear(), a.getReportedAs(), a.getSource(), a.isApproved());
    }

    private static BoardReportEntry entry(BoardReport r, Assignment assignment, Organisation organisation) {
        return new BoardReportEntry(r.getPeriod().periodId(), assignment, organisation, r.getStatus(),
                r.getAssessment(), r.getEstimatedEndYear(), r.getComment(), r.getState(), r.getSubmittedBy(),
                r.getSubmittedAt());
    }

    /**
     * The period of an imported, earlier follow-up: created as approved historical data when it is new.
     * Returns empty when the period exists and is being run in this system (it cannot be overwritten).
     */
    @Transactional
    public Optional<ReportingPeriod> historicalPeriod(PeriodId id) {
        Optional<ReportingPeriod> existing = period(id);
        if (existing.isPresent()) {
            return existing.filter(ReportingPeriod::isHistorical);
        }
        return Optional.of(periods.save(new ReportingPeriod(id, PeriodState.PUBLISHED, true, clock.instant())));
    }

    /** Records an imported report as the assignment's approved assessment in a historical period. */
    @Transactional
    public AssignmentAssessment recordHistoricalAssessment(Assignment assignment, ReportingPeriod period,
            ReportStatus status, String assessment, Integer estimatedEndYear, String reportedAs) {
        Instant now = clock.instant();
        AssignmentAssessment recorded = assessments.findByAssignmentAndPeriod(assignment, period)
                .orElseGet(() -> new AssignmentAssessment(assignment, period, now));
        recorded.record(status, assessment, estimatedEndYear, reportedAs, AssessmentSource.IMPORT, now);
        recorded.setApproved(true);
        events.publishEvent(new AssessmentRecorded(period.periodId(), assignment.getRef()));
        return assessments.save(recorded);
    }

    /**
     * The board report row behind one reporting task, created in draft when the task is created. Idempotent:
     * the same assignment, organisation and period always give the same row.
     */
    @Transactional
    public BoardReport ensureBoardReport(Assignment assignment, Organisation organisation, ReportingPeriod period) {
        return reports.findByAssignmentIdAndOrganisationIdAndPeriod(assignment.getId(), organisation.getId(), period)
                .orElseGet(() -> {
                    events.publishEvent(new BoardReportChanged(period.periodId(), assignment.getRef(),
                            organisation.getCode()));
                    return reports.save(new BoardReport(assignment, organisation, period, clock.instant()));
                });
    }

    /** The organisation's submitted report; a returned report is submitted again the same way. */
    @Transactional
    public BoardReport submitBoardReport(Assignment assignment, Organisation organisation, ReportingPeriod period,
            ReportStatus status, String assessment, Integer estimatedEndYear, String comment, String user) {
        BoardReport report = ensureBoardReport(assignment, organisation, period);
        Instant now = clock.instant();
        report.fill(status, assessment, estimatedEndYear, comment, now);
        report.submit(user, now);
        events.publishEvent(new BoardReportChanged(period.periodId(), assignment.getRef(), organisation.getCode()));
        return report;
    }

    /**
     * The assignment's combined assessment in a period from its board report or the coordinator's compilation;
     * not approved until kommunstyrelsen decides.
     */
    @Transactional
    public AssignmentAssessment recordAssessment(Assignment assignment, ReportingPeriod period, ReportStatus status,
            String assessment, Integer estimatedEndYear, AssessmentSource source) {
        Instant now = clock.instant();
        AssignmentAssessment recorded = assessments.findByAssignmentAndPeriod(assignment, period)
                .orElseGet(() -> new AssignmentAssessment(assignment, period, now));
        if (recorded.getId() != null && !recorded.isAwaitingRework() && recorded.getStatus() == status
                && Objects.equals(recorded.getAssessment(), assessment)
                && Objects.equals(recorded.getEstimatedEndYear(), estimatedEndYear)) {
            return recorded; // the same job delivered again
        }
        recorded.record(status, assessment, estimatedEndYear, period.getKind().reportedAs(period.getYear()), source,
                now);
        recorded.setApproved(false);
        events.publishEvent(new AssessmentRecorded(period.periodId(), assignment.getRef()));
        return assessments.save(recorded);
    }

    /** A goal taking part in a period with the coordinator's analysis so far. */
    public record GoalAnalysis(int number, String title, String text) {
    }

    /** The goals of the assignments taking part in the period, each with its analysis. */
    public List<GoalAnalysis> analyses(PeriodId periodId) {
        return period(periodId).map(period -> assignments.assignmentsById(period.getParticipantIds()).values()
                .stream().map(Assignment::getGoal).distinct().sorted(Comparator.comparingInt(Goal::getNumber))
                .map(goal -> new GoalAnalysis(goal.getNumber(), goal.getTitle(), goalText(goal, period)
                        .map(GoalPeriodText::getForecastText).orElse(null)))
                .toList()).orElse(List.of());
    }

    /**
     * The coordinator's analysis of a goal in a period: free text published after the summary computed from
     * the reports. It can be written until kommunstyrelsen has approved the period; every change is kept.
     */
    @Transactional
    public GoalPeriodText writeAnalysis(int goalNumber, PeriodId periodId, String text, String user) {
        ReportingPeriod period = period(periodId)
                .orElseThrow(() -> new ProblemsException(List.of(Problem.of("Perioden " + periodId + " finns inte."))));
        Goal goal = assignments.goal(goalNumber)
                .orElseThrow(() -> new ProblemsException(List.of(Problem.of("Mål " + goalNumber + " finns inte."))));
        List<Problem> problems = new java.util.ArrayList<>();
        if (period.isHistorical() || period.getState().isApproved()) {
            problems.add(Problem.of(period.getLabel() + " är godkänd; analysen kan inte längre ändras."));
        }
        String analysis = text == null || text.isBlank() ? null : text.strip();
        if (analysis != null && analysis.length() > 20000) {
            problems.add(new Problem("text", "Analysen får vara högst 20000 tecken."));
        }
        List<String> paragraphs = AnalysisText.paragraphs(analysis);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (AnalysisText.statesCounts(paragraphs.get(i))) {
                problems.add(new Problem("text", "Stycke " + (i + 1) + " anger antal uppdrag. Antalen räknas fram ur"
                        + " rapporterna och står i sammanfattningen; skriv analysen utan dem."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        Instant now = clock.instant();
        GoalPeriodText written = goalTexts.findByGoalIdAndPeriod(goal.getId(), period)
                .orElseGet(() -> new GoalPeriodText(goal, period, now));
        history.record("GOAL_TEXT", goalNumber + "@" + periodId, "analysis", written.getForecastText(), analysis,
                "COORDINATOR", user);
        written.writeAnalysis(analysis, now);
        return goalTexts.save(written);
    }

    @Transactional
    public GoalPeriodText recordGoalText(Goal goal, ReportingPeriod period, String goalStatus, String goalStatusText,
            String forecastText, String claimedJson) {
        Instant now = clock.instant();
        GoalPeriodText text = goalTexts.findByGoalIdAndPeriod(goal.getId(), period)
                .orElseGet(() -> new GoalPeriodText(goal, period, now));
        text.update(goalStatus, goalStatusText, forecastText, claimedJson, now);
        return goalTexts.save(text);
    }
}
