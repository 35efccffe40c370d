package se.uppdragsstyrning.reporting;

import se.uppdragsstyrning.assignment.Assignment;

/**
 * An assignment's combined assessment in a period as other modules read it: assembled by {@link ReportingService}
 * with the assignment it is about (looked up by id from the assignment module).
 */
public record AssessmentEntry(Long id, long version, PeriodId period, Assignment assignment, ReportStatus status,
        String assessment, Integer estimatedEndYear, String reportedAs, AssessmentSource source, boolean approved) {

    public String assignmentRef() {
        return assignment.getRef();
    }

    public String periodLabel() {
        return period.label();
    }
}
