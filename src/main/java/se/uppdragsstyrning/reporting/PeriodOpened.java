package se.uppdragsstyrning.reporting;

import java.time.OffsetDateTime;

/** Published when the coordinator has opened a period; the workflow starts the period's process on it. */
public record PeriodOpened(PeriodId period, OffsetDateTime reportDueAt, OffsetDateTime reminderAt,
        OffsetDateTime compilationDueAt, OffsetDateTime ksDueAt, int reminderDays, int tasksExpected) {
}
