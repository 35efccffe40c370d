package se.uppdragsstyrning.interchange;

import java.util.List;

import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;

/**
 * What a checked import file asks to be written, in the order it is written. Organisation codes are the
 * register's codes (aliases already resolved).
 */
record ImportPlan(PeriodId period, List<OrganisationEntry> organisations, List<GoalEntry> goals,
        List<AssignmentEntry> assignments, SummaryEntry summary) {

    record OrganisationEntry(String code, String name, OrganisationKind kind) {
    }

    record GoalEntry(Integer number, String title, List<GoalSection> sections) {
    }

    /**
     * {@code report} is null when the file registers the assignment without a report for the period;
     * {@code budgetYear} null when not given (an import takes the period's year), {@code continues} the ref of the
     * assignment it continues under a new number, or null.
     */
    record AssignmentEntry(String ref, Integer goal, Integer number, AssignmentOrigin origin, String title,
            String description, boolean responsibleAll, List<String> responsible, List<String> concerned,
            DecisionReference decision, Integer budgetYear, String continues, ReportEntry report) {

        /**
         * The register's data for the entry under {@code ref}; without a budget year given, {@code defaultYear}
         * (null: an existing assignment's stays). The organisations' codes are known (the plan was validated).
         */
        AssignmentData data(String ref, Integer defaultYear, OrganisationService organisations) {
            return new AssignmentData(ref, goal, number, origin, title, description, responsibleAll,
                    organisationsOf(responsible, organisations), organisationsOf(concerned, organisations), decision,
                    budgetYear != null ? budgetYear : defaultYear, continues);
        }

        private static List<Organisation> organisationsOf(List<String> codes, OrganisationService organisations) {
            return codes.stream().map(code -> organisations.findByCode(code).orElseThrow()).toList();
        }
    }

    record ReportEntry(ReportStatus status, String assessment, Integer estimatedEndYear, String reportedAs) {
    }

    /** The texts published for the file's goal in the period, with the numbers they claim as JSON. */
    record SummaryEntry(Integer goal, String goalStatus, String goalStatusText, String forecastText,
            String claimedJson) {
    }
}
