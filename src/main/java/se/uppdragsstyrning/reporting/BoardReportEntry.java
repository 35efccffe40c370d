package se.uppdragsstyrning.reporting;

import java.time.Instant;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.organisation.Organisation;

/**
 * One organisation's board report on an assignment in a period as other modules read it: assembled by
 * {@link ReportingService} with the assignment and the organisation (looked up by id from their modules).
 */
public record BoardReportEntry(PeriodId period, Assignment assignment, Organisation organisation,
        ReportStatus status, String assessment, Integer estimatedEndYear, String comment, ReportState state,
        String submittedBy, Instant submittedAt) {

    public String periodLabel() {
        return period.label();
    }
}
