package se.uppdragsstyrning.reporting;

/**
 * Published, in the transaction that stores it, when an organisation's board report in a period is created,
 * submitted, returned for rework or moved to another organisation. The status read model's reporting progress is
 * recomputed on it.
 */
public record BoardReportChanged(PeriodId period, String assignmentRef, String organisationCode) {
}
