package se.uppdragsstyrning.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * The coordinator's and KS's overview of a period: status distribution per goal, the goals' trend across
 * periods, where the hand-written texts claim other numbers than the reports, and the reporting progress per
 * organisation. Bars are server-rendered SVG with the same numbers in a table beside them; no JavaScript.
 */
@Controller
class OverviewPageController {

    private final StatusAggregation aggregation;
    private final ReportingService reporting;

    OverviewPageController(StatusAggregation aggregation, ReportingService reporting) {
        this.aggregation = aggregation;
        this.reporting = reporting;
    }

    /** A goal's status in one period, a row of the goal's trend table. */
    record HistoryRow(PeriodId period, GoalStatus status, Trend trend, int total) {
    }

    record GoalPanel(GoalRollup goal, List<BarSegment> bar, List<HistoryRow> history) {
    }

    record ProgressRow(OrganisationProgress progress, List<BarSegment> bar) {
    }

    @GetMapping("/oversikt")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'KS_APPROVER')")
    String overview(@RequestParam(required = false) String period, Model model) {
        List<ReportingPeriod> periods = reporting.periods();
        model.addAttribute("periods", periods);
        if (periods.isEmpty()) {
            return "status/overview";
        }
        PeriodId asked = parse(period, periods);
        if (reporting.period(asked).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden " + asked + " finns inte");
        }
        List<PeriodRollup> history = aggregation.rollupsUpTo(asked);
        PeriodRollup rollup = history.get(history.size() - 1);
        model.addAttribute("period", asked);
        model.addAttribute("rollup", rollup);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("goals", rollup.goals().stream()
                .map(goal -> new GoalPanel(goal, BarSegment.of(statusCounts(goal)), history(goal, history)))
                .toList());
        model.addAttribute("progress", rollup.organisations().stream()
                .map(o -> new ProgressRow(o, BarSegment.of(progressCounts(o))))
                .toList());
        return "status/overview";
    }

    private static PeriodId parse(String period, List<ReportingPeriod> periods) {
        return period == null || period.isBlank() ? periods.get(0).periodId() : PeriodId.parse(period);
    }

    private static Map<String, Integer> statusCounts(GoalRollup goal) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        goal.counts().byStatus().forEach((status, count) -> counts.put(status.name(), count));
        counts.put("NOT_ASSESSED", goal.counts().notAssessed());
        return counts;
    }

    private static Map<String, Integer> progressCounts(OrganisationProgress progress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("submitted", progress.submitted());
        counts.put("open", progress.open() - progress.overdue());
        counts.put("overdue", progress.overdue());
        return counts;
    }

    private static List<HistoryRow> history(GoalRollup goal, List<PeriodRollup> periods) {
        return periods.stream()
                .flatMap(p -> p.goal(goal.number()).stream()
                        .map(g -> new HistoryRow(p.period(), g.proposedStatus(), g.trend(), g.counts().total())))
                .toList();
    }
}
