package se.uppdragsstyrning.reporting;

/** A board report is drafted, submitted, approved, or returned for rework. */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The one rule for what counts as reported: submitted or approved; a draft or a returned report is open. */
    public boolean isSubmitted() {
        return this == SUBMITTED || this == APPROVED;
    }
}
