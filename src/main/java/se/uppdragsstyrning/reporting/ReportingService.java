package se.uppdragsstyrning.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.RegisterHistory;
import se.uppdragsstyrning.organisation.Organisation;
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
    private final RegisterHistory history;
    private final Clock clock;

    ReportingService(ReportingPeriodRepository periods, BoardReportRepository reports,
            AssignmentAssessmentRepository assessments, GoalPeriodTextRepository goalTexts,
            AssignmentService assignments, RegisterHistory history, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.assessments = assessments;
        this.goalTexts = goalTexts;
        this.assignments = assignments;
        this.history = history;
        this.clock = clock;
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

    public List<AssignmentAssessment> assessments(ReportingPeriod period) {
        return assessments.findByPeriod(period);
    }

    public Optional<AssignmentAssessment> assessment(Assignment assignment, ReportingPeriod period) {
        return assessments.findByAssignmentAndPeriod(assignment, period);
    }

    /** The assignment's assessments, newest period first. */
    public List<AssignmentAssessment> assessments(Assignment assignment) {
        return assessments.findByAssignment(assignment).stream()
                .sorted(Comparator.comparing((AssignmentAssessment a) -> a.getPeriod().periodId()).reversed())
                .toList();
    }

    public List<BoardReport> boardReports(Assignment assignment) {
        return reports.findByAssignment(assignment).stream()
                .sorted(Comparator.comparing((BoardReport r) -> r.getPeriod().periodId()).reversed()
                        .thenComparing(r -> r.getOrganisation().getName()))
                .toList();
    }

    public List<GoalPeriodText> goalTexts(ReportingPeriod period) {
        return goalTexts.findByPeriod(period);
    }

    public Optional<GoalPeriodText> goalText(Goal goal, ReportingPeriod period) {
        return goalTexts.findByGoalAndPeriod(goal, period);
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
        return Optional.of(periods.save(new ReportingPeriod(id, PeriodState.PUBLISHED, true)));
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
        return assessments.save(recorded);
    }

    /**
     * The board report row behind one reporting task, created in draft when the task is created. Idempotent:
     * the same assignment, organisation and period always give the same row.
     */
    @Transactional
    public BoardReport ensureBoardReport(Assignment assignment, Organisation organisation, ReportingPeriod period) {
        return reports.findByAssignmentAndOrganisationAndPeriod(assignment, organisation, period)
                .orElseGet(() -> reports.save(new BoardReport(assignment, organisation, period, clock.instant())));
    }

    /** The organisation's submitted report; a returned report is submitted again the same way. */
    @Transactional
    public BoardReport submitBoardReport(Assignment assignment, Organisation organisation, ReportingPeriod period,
            ReportStatus status, String assessment, Integer estimatedEndYear, String comment, String user) {
        BoardReport report = ensureBoardReport(assignment, organisation, period);
        Instant now = clock.instant();
        report.fill(status, assessment, estimatedEndYear, comment, now);
        report.submit(user, now);
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
        return assessments.save(recorded);
    }

    public List<BoardReport> boardReports(ReportingPeriod period) {
        return reports.findByPeriod(period);
    }

    /** A goal taking part in a period with the coordinator's analysis so far. */
    public record GoalAnalysis(int number, String title, String text) {
    }

    /** The goals of the assignments taking part in the period, each with its analysis. */
    public List<GoalAnalysis> analyses(PeriodId periodId) {
        return period(periodId).map(period -> period.getParticipants().stream().map(Assignment::getGoal)
                .distinct().sorted(Comparator.comparingInt(Goal::getNumber))
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
        GoalPeriodText written = goalTexts.findByGoalAndPeriod(goal, period)
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
        GoalPeriodText text = goalTexts.findByGoalAndPeriod(goal, period)
                .orElseGet(() -> new GoalPeriodText(goal, period, now));
        text.update(goalStatus, goalStatusText, forecastText, claimedJson, now);
        return goalTexts.save(text);
    }
}
