package se.uppdragsstyrning.tasks;

import java.time.Instant;

/** What the progress of a period needs of one reporting task. */
record ProgressRow(String assignmentRef, String organisationCode, TaskState state, Instant dueAt) {
}
