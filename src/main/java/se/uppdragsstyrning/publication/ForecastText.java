package se.uppdragsstyrning.publication;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is kept of a goal's hand-written forecast text when it is published. The numbers of a period summary
 * always come from the reports, so a paragraph that states counts of assignments ("Av kommunfullmäktiges
 * totalt 23 uppdrag …", "elva uppdrag under 2026") is replaced by the computed summary; the paragraphs of
 * analysis are kept, in their order, after it. A paragraph states counts when a number (digits up to three,
 * or a number word två–tolv) is followed, within three words, by "uppdrag" in any form. Paragraphs are
 * separated by blank lines.
 */
final class ForecastText {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern COUNT_OF_ASSIGNMENTS = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,3}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\\s+([\\p{L}-]+\\s+){0,2}uppdrag",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ForecastText() {
    }

    /** The analysis paragraphs of the forecast, without those that state counts of assignments. */
    static List<String> analysis(String forecast) {
        if (forecast == null || forecast.isBlank()) {
            return List.of();
        }
        return Arrays.stream(PARAGRAPHS.split(forecast.strip()))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty() && !COUNT_OF_ASSIGNMENTS.matcher(paragraph).find())
                .toList();
    }

    /** A text's paragraphs (assessments, descriptions), separated by blank lines. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(PARAGRAPHS.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
