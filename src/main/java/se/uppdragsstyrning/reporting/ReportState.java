package se.uppdragsstyrning.reporting;

/** A board report is drafted, submitted, approved, or returned for rework. */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
