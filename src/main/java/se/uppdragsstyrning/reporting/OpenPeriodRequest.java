package se.uppdragsstyrning.reporting;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What the coordinator gives when she opens a period (from the form or {@code POST /api/periods}). The checks of
 * one field are here; {@link PeriodService#open} adds those that need the clock, the other fields or the register.
 */
public record OpenPeriodRequest(
        @NotNull(message = "{period.open.year.required}")
        @Min(value = 2000, message = "{period.open.year.range}")
        @Max(value = 2100, message = "{period.open.year.range}") Integer year,
        @NotBlank(message = "{period.open.kind.required}") String kind,
        @NotNull(message = "{period.open.reportDue.required}") LocalDate reportDue,
        @NotNull(message = "{period.open.compilationDue.required}") LocalDate compilationDue,
        @NotNull(message = "{period.open.ksDue.required}") LocalDate ksDue,
        @Min(value = 0, message = "{period.open.reminderDays.range}")
        @Max(value = 60, message = "{period.open.reminderDays.range}") Integer reminderDays) {
}
