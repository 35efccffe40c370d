package se.uppdragsstyrning.status;

import java.util.List;
import java.util.SortedMap;

import se.uppdragsstyrning.reporting.PeriodId;

/**
 * A goal's rollup in a period: its assignments' statuses, the end-year distribution of the ongoing ones
 * (GREEN_ON_TRACK and YELLOW), the proposed goal status and its trend against {@code previousPeriod} (the
 * latest earlier period in which the goal had assignments; for a goal new in its budget, the latest one in which
 * the earlier assignments its renewed ones continue were assessed; null, like the trend, when there is none), the
 * Swedish summary, what it was computed from, and where the goal's hand-written text claims other numbers.
 */
public record GoalRollup(
        int number,
        String title,
        StatusCounts counts,
        SortedMap<Integer, Integer> ongoingByEndYear,
        int ongoingWithoutEndYear,
        GoalStatus proposedStatus,
        Trend trend,
        PeriodId previousPeriod,
        String summary,
        String sourceVersion,
        List<AssessmentVersion> sources,
        List<ClaimedDifference> claimedDifferences) {
}
