package se.uppdragsstyrning.reporting;

/**
 * An earlier report on a task's assignment, as the task's page shows it: a combined assessment of a period
 * (organisation null) or one organisation's board report.
 *
 * @param note where an assessment came from, or a board report's state
 */
public record PastReport(String period, String organisation, ReportStatus status, String assessment,
        Integer estimatedEndYear, String note) {
}
