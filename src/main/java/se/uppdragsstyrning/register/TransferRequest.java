package se.uppdragsstyrning.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A move of responsibility as the coordinator records it (form or {@code POST /api/assignments/{ref}/transfers}). */
public record TransferRequest(
        @NotBlank(message = "{transfer.from.required}") String from,
        @NotBlank(message = "{transfer.to.required}") String to,
        @NotNull(message = "{transfer.effectiveDate.required}") LocalDate effectiveDate,
        String decisionReference,
        String note) {
}
