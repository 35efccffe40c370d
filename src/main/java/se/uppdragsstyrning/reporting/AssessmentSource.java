package se.uppdragsstyrning.reporting;

/** Where an assignment's combined assessment comes from. */
public enum AssessmentSource {
    /** Imported from an earlier published follow-up. */
    IMPORT,
    /** The only responsible organisation's report. */
    BOARD_REPORT,
    /** The coordinator's compilation of several organisations' reports. */
    COMPILATION
}
