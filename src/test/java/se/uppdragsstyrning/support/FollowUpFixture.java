package se.uppdragsstyrning.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.AssessmentRecorded;
import se.uppdragsstyrning.reporting.AssessmentSource;
import se.uppdragsstyrning.reporting.AssignmentAssessment;
import se.uppdragsstyrning.reporting.AssignmentAssessmentRepository;
import se.uppdragsstyrning.reporting.BoardReportChanged;
import se.uppdragsstyrning.reporting.BoardReportRepository;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingTestData;
import se.uppdragsstyrning.reporting.ReportingPeriodRepository;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * Builds follow-up data for tests through the register and reporting services: the demo follow-up (seed 004)
 * read from the demo file, and small made-up registers. Periods run in this system (not imported) and board
 * reports in any state are made here, so those are saved with the reporting repositories, publishing the events
 * reporting's services publish (the status read model is updated on them).
 * Not an importer: it reads only what the tests need and trusts the file.
 */
public class FollowUpFixture {

    public static final PeriodId DEMO_PERIOD = PeriodId.parse("2025-INTERIM_AUGUST");

    private final OrganisationService organisations;
    private final AssignmentService assignments;
    private final ReportingService reporting;
    private final ReportingPeriodRepository periods;
    private final BoardReportRepository boardReports;
    private final AssignmentAssessmentRepository assessments;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    FollowUpFixture(OrganisationService organisations, AssignmentService assignments, ReportingService reporting,
            ReportingPeriodRepository periods, BoardReportRepository boardReports,
            AssignmentAssessmentRepository assessments, ObjectMapper json, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.assignments = assignments;
        this.reporting = reporting;
        this.periods = periods;
        this.boardReports = boardReports;
        this.assessments = assessments;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** The demo follow-up: 16 organisations, Fokusmål 4, 23 assignments with their August 2025 reports and text. */
    public void demo() {
        if (assignments.assignment("2025-T10").isPresent()) {
            return;
        }
        JsonNode file = readDemo();
        for (JsonNode organisation : file.get("organisations")) {
            organisations.upsert(organisation.get("code").asText(), organisation.get("name").asText(),
                    OrganisationKind.valueOf(organisation.get("kind").asText()));
        }
        JsonNode goal = file.get("goals").get(0);
        List<GoalSection> sections = new ArrayList<>();
        goal.get("description").forEach(s -> sections.add(new GoalSection(s.get("heading").asText(),
                s.get("text").asText())));
        var savedGoal = assignments.saveGoal(goal.get("number").asInt(), goal.get("title").asText(), sections,
                "TEST", "test");
        ReportingPeriod period = reporting.historicalPeriod(DEMO_PERIOD).orElseThrow();
        for (JsonNode a : file.get("assignments")) {
            List<String> responsible = new ArrayList<>();
            a.get("responsible").forEach(code -> responsible.add(code.asText()));
            boolean all = responsible.contains("ALL");
            JsonNode decision = a.get("decision");
            Assignment assignment = assignments.saveAssignment(new AssignmentData(a.get("ref").asText(),
                    a.get("goal").asInt(), a.get("number").isNull() ? null : a.get("number").asInt(),
                    AssignmentOrigin.valueOf(a.get("origin").asText()), a.get("title").asText(),
                    text(a.get("description")), all, all ? List.of() : organisations(responsible), List.of(),
                    decision.isNull() ? null : new DecisionReference(text(decision.get("caseNumber")),
                            text(decision.get("body")), LocalDate.parse(decision.get("date").asText()),
                            text(decision.get("paragraph")), text(decision.get("title")))), "TEST", "test");
            JsonNode report = a.get("report");
            reporting.recordHistoricalAssessment(assignment, period, ReportStatus.valueOf(report.get("status").asText()),
                    report.get("assessment").asText(), report.get("estimatedEndYear").asInt(),
                    report.get("reportedAs").asText());
        }
        JsonNode summary = file.get("publishedSummary");
        reporting.recordGoalText(savedGoal, period, summary.get("goalStatus").asText(),
                summary.get("goalStatusText").asText(), summary.get("forecastText").asText(),
                summary.get("claimed").toString());
    }

    public Organisation organisation(String code, String name) {
        return organisations.upsert(code, name, OrganisationKind.BOARD);
    }

    public void goal(int number, String title) {
        assignments.saveGoal(number, title, List.of(new GoalSection("Målbeskrivning", "Beskrivning av mål " + number)),
                "TEST", "test");
    }

    /** A numbered assignment of the goal with the organisations responsible. */
    public Assignment assignment(String ref, int goal, Integer number, String title, Organisation... responsible) {
        return assignments.saveAssignment(new AssignmentData(ref, goal, number,
                number == null ? AssignmentOrigin.ADDITIONAL : AssignmentOrigin.BUDGET, title, null, false,
                List.of(responsible), List.of(), null), "TEST", "test");
    }

    /** An imported (historical, published) assessment. */
    public void imported(String ref, PeriodId period, ReportStatus status, Integer endYear) {
        reporting.recordHistoricalAssessment(assignments.assignment(ref).orElseThrow(),
                reporting.historicalPeriod(period).orElseThrow(), status, "Bedömning av " + ref + ".", endYear,
                period.kind().reportedAs(period.year()));
    }

    /** A period run in this system, in the given state, with the board reports due on the given day. */
    public ReportingPeriod period(PeriodId id, PeriodState state, LocalDate reportDue) {
        ReportingPeriod period = periods.findByYearAndKind(id.year(), id.kind())
                .orElseGet(() -> new ReportingPeriod(id, state, false, Instant.now()));
        return periods.save(ReportingTestData.scheduled(period, state, reportDue));
    }

    /** An organisation's board report in a period run in this system, in the given state. */
    public void boardReport(String ref, Organisation organisation, PeriodId period, ReportState state) {
        transaction.executeWithoutResult(status -> {
            saveBoardReport(ref, organisation, period, state);
            events.publishEvent(new BoardReportChanged(period, ref, organisation.getCode()));
        });
    }

    private void saveBoardReport(String ref, Organisation organisation, PeriodId period, ReportState state) {
        boardReports.save(ReportingTestData.boardReport(assignments.assignment(ref).orElseThrow(), organisation,
                reporting.period(period).orElseThrow(), ReportStatus.GREEN_ON_TRACK,
                "Rapport från " + organisation.getCode(), 2031, state, "sekreterare"));
    }

    /** The combined assessment in a period run in this system (not yet approved). */
    public void assessed(String ref, PeriodId period, ReportStatus status, Integer endYear) {
        transaction.executeWithoutResult(s -> {
            saveAssessment(ref, period, status, endYear);
            events.publishEvent(new AssessmentRecorded(period, ref));
        });
    }

    private void saveAssessment(String ref, PeriodId period, ReportStatus status, Integer endYear) {
        Assignment assignment = assignments.assignment(ref).orElseThrow();
        ReportingPeriod reportingPeriod = reporting.period(period).orElseThrow();
        AssignmentAssessment assessment = assessments.findByAssignmentAndPeriod(assignment, reportingPeriod)
                .orElseGet(() -> new AssignmentAssessment(assignment, reportingPeriod, Instant.now()));
        assessments.save(ReportingTestData.recorded(assessment, status, "Sammanställd bedömning av " + ref + ".",
                endYear, period.kind().reportedAs(period.year()), AssessmentSource.BOARD_REPORT, assessment.isApproved()));
    }

    private List<Organisation> organisations(List<String> codes) {
        return codes.stream().map(code -> organisations.findByCode(code).orElseThrow()).toList();
    }

    private JsonNode readDemo() {
        try (InputStream in = getClass().getResourceAsStream("/demo/uppsala-fokusmal4-2025-08.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
