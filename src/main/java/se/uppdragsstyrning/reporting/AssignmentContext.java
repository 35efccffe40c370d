package se.uppdragsstyrning.reporting;

import java.util.List;

/** The assignment a reporting task is about, as the task's page shows it. */
public record AssignmentContext(
        String ref,
        String label,
        String title,
        String description,
        int goalNumber,
        String goalTitle,
        boolean responsibleAll,
        List<String> responsible,
        String decision) {
}
