package se.uppdragsstyrning.tasks;

import se.uppdragsstyrning.reporting.ReportStatus;

/**
 * An earlier report on the task's assignment: a combined assessment of a period (organisation null) or one
 * organisation's board report.
 *
 * @param note where an assessment came from, or a board report's state
 */
public record PastReport(String period, String organisation, ReportStatus status, String assessment,
        Integer estimatedEndYear, String note) {
}
