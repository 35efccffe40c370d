package se.uppdragsstyrning.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.reporting.ReportStatus;

/** The register as the JSON API shows it. Field names are a contract for integrations. */
final class RegisterViews {

    private RegisterViews() {
    }

    record OrganisationView(String code, String name, OrganisationKind kind, boolean active, List<String> aliases) {
    }

    record SectionView(String heading, String text) {
    }

    record GoalView(int number, String title, List<SectionView> description, int assignments) {
    }

    record DecisionView(String caseNumber, String body, LocalDate date, String paragraph, String title) {
    }

    record PeriodStatusView(String period, ReportStatus status, Integer estimatedEndYear) {
    }

    record AssignmentSummaryView(String ref, int goal, Integer number, AssignmentOrigin origin, String title,
            AssignmentState state, List<String> responsible, List<String> concerned, PeriodStatusView latest) {
    }

    record AssessmentView(String period, ReportStatus status, String statusText, String reportedAs,
            String assessment, Integer estimatedEndYear, boolean approved, String source) {
    }

    record BoardReportView(String period, String organisation, ReportStatus status, String assessment,
            Integer estimatedEndYear, String state, Instant submittedAt) {
    }

    record TransferView(String from, String to, LocalDate effectiveDate, String decisionReference, String note,
            String recordedBy, Instant recordedAt) {
    }

    record ChangeView(String field, String oldValue, String newValue, String source, String changedBy,
            Instant changedAt) {
    }

    record AssignmentDetailView(String ref, int goal, Integer number, AssignmentOrigin origin, String title,
            String description, AssignmentState state, String closedReason, List<String> responsible,
            List<String> concerned, DecisionView decision, List<AssessmentView> assessments,
            List<BoardReportView> boardReports, List<TransferView> transfers, List<ChangeView> history) {
    }
}
