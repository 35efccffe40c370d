package se.uppdragsstyrning.status;

/**
 * A number that a goal's hand-written period text claims and the reports do not give, e.g. field
 * {@code endYears.2026}, claimed 11, computed 10, with the message shown to the coordinator. When the stored
 * claims cannot be read at all, {@code claimed} and {@code computed} are null and the message says so.
 */
public record ClaimedDifference(String field, Integer claimed, Integer computed, String message) {
}
