package se.uppdragsstyrning.reporting;

import java.time.LocalDate;

/** What the coordinator gives when she opens a period (from the form or {@code POST /api/periods}). */
public record OpenPeriodRequest(Integer year, String kind, LocalDate reportDue, LocalDate compilationDue,
        LocalDate ksDue, Integer reminderDays) {
}
