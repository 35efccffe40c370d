package se.uppdragsstyrning.tasks;

import java.time.OffsetDateTime;

/**
 * A task as the list shows it (and the API returns it), with what it is about. Times are in the
 * municipality's time zone.
 */
public record TaskRow(
        long id,
        String formId,
        TaskState state,
        String candidateGroup,
        String organisationCode,
        String assignee,
        String assigneeName,
        String periodId,
        String periodLabel,
        String assignmentRef,
        String assignmentLabel,
        String assignmentTitle,
        Integer goalNumber,
        OffsetDateTime dueAt,
        boolean overdue,
        OffsetDateTime remindedAt,
        OffsetDateTime escalatedAt,
        OffsetDateTime completedAt,
        String completedBy) {
}
