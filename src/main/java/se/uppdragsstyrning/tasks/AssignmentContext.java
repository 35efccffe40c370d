package se.uppdragsstyrning.tasks;

import java.util.List;

/** The assignment a task is about, as its page shows it. */
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
