package se.uppdragsstyrning.reporting;

/**
 * Published when the coordinator added an assignment to a period already under way; the workflow asks the
 * assignment's lifecycle for its reports in that period.
 */
public record ParticipantAdded(PeriodId period, String assignmentRef, int goalNumber, String addedBy) {
}
