package se.uppdragsstyrning.publication;

import java.util.List;

import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.status.GoalRollup;
import se.uppdragsstyrning.status.GoalStatus;

/**
 * A goal's published follow-up in a period, in the order of the municipality's page: description, goal
 * status, assignments, then the period summary (computed from the reports) and the kept analysis paragraphs.
 */
record PublishedGoal(int number, String title, List<GoalSection> sections, GoalStatus status, GoalRollup rollup,
        List<PublishedAssignment> assignments, List<String> analysis) {
}
