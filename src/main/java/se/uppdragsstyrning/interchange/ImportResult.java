package se.uppdragsstyrning.interchange;

import java.util.Map;

/**
 * What an accepted import did: how many entries it created, updated and found unchanged, in total and per kind
 * ({@code organisations}, {@code goals}, {@code assignments}, {@code assessments}, {@code goalTexts}).
 */
public record ImportResult(int created, int updated, int unchanged, Map<String, Tally> details) {

    static ImportResult of(Map<String, Tally> details) {
        return new ImportResult(details.values().stream().mapToInt(Tally::created).sum(),
                details.values().stream().mapToInt(Tally::updated).sum(),
                details.values().stream().mapToInt(Tally::unchanged).sum(), details);
    }

    public record Tally(int created, int updated, int unchanged) {
    }
}
