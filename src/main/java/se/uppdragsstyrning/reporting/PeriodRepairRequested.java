package se.uppdragsstyrning.reporting;

import java.util.List;

/**
 * The coordinator asked for the period's missing tasks: the workflow checks the engine (restoring what it lost) and
 * asks the assignments that have no task at all for their reports again.
 *
 * @param periodId       e.g. {@code 2026-INTERIM_AUGUST}
 * @param assignmentRefs the assignments taking part that have no task in the period
 * @param requestedBy    the coordinator
 */
public record PeriodRepairRequested(String periodId, List<String> assignmentRefs, String requestedBy) {
}
