package se.uppdragsstyrning.reporting;

import java.time.Instant;
import java.time.LocalDate;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.organisation.Organisation;

/**
 * Test data written straight into reporting's entities, for the fixtures of other packages: the entities'
 * mutators are reporting's own (package-private), the application changes them only through reporting's services.
 */
public final class ReportingTestData {

    private ReportingTestData() {
    }

    /** The period in the given state, its reports due on the given day (compilation 14, KS 30 days later). */
    public static ReportingPeriod scheduled(ReportingPeriod period, PeriodState state, LocalDate reportDue) {
        period.moveTo(state);
        period.schedule(reportDue, reportDue.plusDays(14), reportDue.plusDays(30), 5);
        return period;
    }

    /** The period as opened by the user, expecting that many tasks. */
    public static ReportingPeriod opened(ReportingPeriod period, String user, int tasksExpected) {
        period.open(user, tasksExpected, Instant.now());
        return period;
    }

    /** An organisation's board report, filled in and then submitted by the user or moved to the state. */
    public static BoardReport boardReport(Assignment assignment, Organisation organisation, ReportingPeriod period,
            ReportStatus status, String assessment, Integer estimatedEndYear, ReportState state, String user) {
        BoardReport report = new BoardReport(assignment, organisation, period, Instant.now());
        report.fill(status, assessment, estimatedEndYear, null, Instant.now());
        if (state == ReportState.SUBMITTED) {
            report.submit(user, Instant.now());
        } else {
            report.moveTo(state, Instant.now());
        }
        return report;
    }

    /** The assessment recorded as given. */
    public static AssignmentAssessment recorded(AssignmentAssessment assessment, ReportStatus status, String text,
            Integer estimatedEndYear, String reportedAs, AssessmentSource source, boolean approved) {
        assessment.record(status, text, estimatedEndYear, reportedAs, source, Instant.now());
        assessment.setApproved(approved);
        return assessment;
    }
}
