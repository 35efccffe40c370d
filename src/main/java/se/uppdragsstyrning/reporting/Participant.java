package se.uppdragsstyrning.reporting;

import java.util.List;

/** An assignment that takes part in a period, with the organisations that must report on it. */
public record Participant(String assignmentRef, int goalNumber, List<String> organisationCodes) {
}
