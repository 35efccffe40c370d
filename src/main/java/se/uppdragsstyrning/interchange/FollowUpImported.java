package se.uppdragsstyrning.interchange;

import se.uppdragsstyrning.reporting.PeriodId;

/**
 * Published, in the import's transaction, when a follow-up file has been imported: its organisations, goals,
 * assignments (which may have moved to another goal) and the period's reports. The status read model is
 * recomputed on it.
 */
public record FollowUpImported(PeriodId period) {
}
