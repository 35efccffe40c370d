package se.uppdragsstyrning.reporting;

/**
 * Published, in the transaction that stores it, when an assignment's combined assessment in a period is recorded
 * or changed (a board report, the compilation, an import, a return for rework). The status read model is
 * recomputed on it.
 */
public record AssessmentRecorded(PeriodId period, String assignmentRef) {
}
