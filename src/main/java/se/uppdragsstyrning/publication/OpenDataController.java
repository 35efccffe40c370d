package se.uppdragsstyrning.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.status.GoalStatus;

/**
 * The public follow-up of an approved period as open data: JSON with the goals and their assignments, and CSV
 * with one assignment per row. Both carry the same assignment fields. Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
@RestController
@RequestMapping("/api/public/rollups")
@Tag(name = "Öppna data", description = "Godkända uppföljningar, utan inloggning")
class OpenDataController {

    static final List<String> CSV_COLUMNS = List.of("ref", "goal", "number", "title", "status", "statusText",
            "responsible", "reportedAs", "assessment", "estimatedEndYear");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final PublishedFollowUps followUps;
    private final MessageSource messages;

    OpenDataController(PublishedFollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    record PeriodView(int year, PeriodKind kind, String label) {
    }

    record GoalView(int number, String title, GoalStatus status, String statusLabel, int total,
            Map<ReportStatus, Integer> byStatus, Map<String, Integer> ongoingByEndYear, String summary,
            List<String> analysis) {
    }

    record AssignmentView(String ref, int goal, Integer number, String title, ReportStatus status, String statusText,
            String responsible, String reportedAs, String assessment, Integer estimatedEndYear) {
    }

    record FollowUpView(PeriodView period, List<GoalView> goals, List<AssignmentView> assignments) {
    }

    @GetMapping("/{year:\\d{4}}/{kind}.json")
    @PreAuthorize("permitAll()")
    @Operation(summary = "En godkänd uppföljning som JSON: målen med status och sammanfattning, och varje uppdrag")
    FollowUpView json(@PathVariable int year, @PathVariable String kind) {
        PublishedPeriod followUp = published(year, kind);
        return new FollowUpView(new PeriodView(year, followUp.period().kind(), followUp.period().label()),
                followUp.goals().stream().map(OpenDataController::goal).toList(),
                followUp.assignments().stream().map(this::assignment).toList());
    }

    @GetMapping("/{year:\\d{4}}/{kind}.csv")
    @PreAuthorize("permitAll()")
    @Operation(summary = "En godkänd uppföljning som CSV (UTF-8, komma, RFC 4180): ett uppdrag per rad")
    ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable String kind) {
        PublishedPeriod followUp = published(year, kind);
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (PublishedAssignment a : followUp.assignments()) {
                AssignmentView row = assignment(a);
                csv.printRecord(cell(row.ref()), row.goal(), row.number(), cell(row.title()), row.status(),
                        cell(row.statusText()), cell(row.responsible()), cell(row.reportedAs()),
                        cell(row.assessment()), row.estimatedEndYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("uppfoljning-" + followUp.period() + ".csv").build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A text cell as a spreadsheet may open it: a leading = + - @ tab or CR would start a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private PublishedPeriod published(int year, String kind) {
        return followUps.period(year, kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                messages.getMessage("publication.notPublished", new Object[] {year + "-" + kind}, SWEDISH)));
    }

    private static GoalView goal(PublishedGoal goal) {
        Map<String, Integer> endYears = new LinkedHashMap<>();
        goal.rollup().ongoingByEndYear().forEach((year, count) -> endYears.put(String.valueOf(year), count));
        return new GoalView(goal.number(), goal.title(), goal.status(),
                goal.status() == null ? null : goal.status().label(), goal.rollup().counts().total(),
                goal.rollup().counts().byStatus(), endYears, goal.rollup().summary(), goal.analysis());
    }

    private AssignmentView assignment(PublishedAssignment a) {
        String responsible = a.responsibleAll() ? messages.getMessage("assignment.responsible.all", null, SWEDISH)
                : String.join("; ", a.responsible());
        return new AssignmentView(a.ref(), a.goal(), a.number(), a.title(), a.status(), a.status().statusText(),
                responsible, a.reportedAs(), a.assessment(), a.estimatedEndYear());
    }
}
