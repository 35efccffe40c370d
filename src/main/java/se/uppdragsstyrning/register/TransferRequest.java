package se.uppdragsstyrning.register;

import java.time.LocalDate;

/** A move of responsibility as the coordinator records it (form or {@code POST /api/assignments/{ref}/transfers}). */
public record TransferRequest(String from, String to, LocalDate effectiveDate, String decisionReference, String note) {
}
