package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportStatus;

/** A period's status rollup as JSON. The field names are a contract for integrations. */
@RestController
@RequestMapping("/api/rollups")
@Tag(name = "Sammanställning", description = "Status per mål och period, rapporteringsläge per nämnd/bolag")
class RollupApiController {

    private final StatusAggregation aggregation;

    RollupApiController(StatusAggregation aggregation) {
        this.aggregation = aggregation;
    }

    record PeriodView(int year, PeriodKind kind, String label, PeriodState state) {
    }

    record SourceView(String ref, long assessmentId, long version) {
    }

    record GoalView(int number, String title, int total, int notAssessed, Map<ReportStatus, Integer> byStatus,
            Map<String, Integer> ongoingByEndYear, int ongoingWithoutEndYear, GoalStatus proposedStatus,
            String trend, String previousPeriod, String summary, List<ClaimedDifference> claimedDifferences,
            String sourceVersion, List<SourceView> sources) {
    }

    record OrganisationView(String code, String name, int submitted, int open, int overdue) {
    }

    record RollupView(PeriodView period, String sourceVersion, Instant computedAt, List<GoalView> goals,
            List<OrganisationView> organisations) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'KS_APPROVER', 'ADMIN', 'PROCESS_OWNER')")
    @Operation(summary = "Sammanställningen av en period, t.ex. ?period=2025-INTERIM_AUGUST: antal per status,"
            + " slutår för pågående uppdrag, föreslagen målstatus, trend, sammanfattning och avvikelser mot"
            + " den handskrivna texten")
    RollupView rollups(@RequestParam String period) {
        PeriodId id = PeriodId.parse(period);
        PeriodRollup rollup = aggregation.rollup(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden " + id + " finns inte"));
        return new RollupView(new PeriodView(id.year(), id.kind(), id.label(), rollup.state()),
                rollup.sourceVersion(), rollup.computedAt(),
                rollup.goals().stream().map(RollupApiController::goal).toList(),
                rollup.organisations().stream().map(o -> new OrganisationView(o.code(), o.name(), o.submitted(),
                        o.open(), o.overdue())).toList());
    }

    private static GoalView goal(GoalRollup goal) {
        Map<String, Integer> endYears = new LinkedHashMap<>();
        goal.ongoingByEndYear().forEach((year, count) -> endYears.put(String.valueOf(year), count));
        return new GoalView(goal.number(), goal.title(), goal.counts().total(), goal.counts().notAssessed(),
                goal.counts().byStatus(), endYears, goal.ongoingWithoutEndYear(), goal.proposedStatus(),
                goal.trend() == null ? null : goal.trend().label(),
                goal.previousPeriod() == null ? null : goal.previousPeriod().toString(), goal.summary(),
                goal.claimedDifferences(), goal.sourceVersion(),
                goal.sources().stream().map(s -> new SourceView(s.assignmentRef(), s.assessmentId(), s.version()))
                        .toList());
    }
}
