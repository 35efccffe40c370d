package se.uppdragsstyrning.status;

/**
 * An organisation's reporting in a period, counted from its board reports: submitted (SUBMITTED or APPROVED),
 * open (DRAFT or RETURNED) and, of the open ones, overdue (the period's report due date has passed).
 */
public record OrganisationProgress(String code, String name, int submitted, int open, int overdue) {
}
