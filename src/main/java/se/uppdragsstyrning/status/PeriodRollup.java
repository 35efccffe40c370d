package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;

/**
 * The status rollup of a period: one row per goal that has assignments taking part, in goal order, and the
 * reporting progress per organisation (empty for imported periods, which have no board reports).
 * {@code sourceVersion} is a SHA-256 over every counted assessment's id and version: two rollups with the same
 * source version were computed from exactly the same assessments.
 */
public record PeriodRollup(
        PeriodId period,
        PeriodState state,
        String sourceVersion,
        Instant computedAt,
        List<GoalRollup> goals,
        List<OrganisationProgress> organisations) {

    public Optional<GoalRollup> goal(int number) {
        return goals.stream().filter(g -> g.number() == number).findFirst();
    }
}
