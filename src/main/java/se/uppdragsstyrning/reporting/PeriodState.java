package se.uppdragsstyrning.reporting;

/** Where a reporting period is in its round: from opening through KS approval to publication. */
public enum PeriodState {
    OPENING, REPORTING, COMPILATION, KS_APPROVAL, APPROVED, PUBLISHED;

    /** Approved data may be shown to the public. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
