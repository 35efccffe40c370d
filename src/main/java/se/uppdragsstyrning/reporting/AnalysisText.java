package se.uppdragsstyrning.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hand-written text about a goal in a period (the coordinator's analysis, or an imported forecast). The
 * numbers of a period summary always come from the reports, so a paragraph that states counts of assignments
 * ("Av kommunfullmäktiges totalt 23 uppdrag …", "elva uppdrag under 2026") is never published: a number (digits
 * up to three, or a number word två–tolv) followed within three words by "uppdrag" in any form. Paragraphs are
 * separated by blank lines.
 */
public final class AnalysisText {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern COUNT_OF_ASSIGNMENTS = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,3}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\\s+([\\p{L}-]+\\s+){0,2}uppdrag",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AnalysisText() {
    }

    /** The text's paragraphs, without blank ones. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(PARAGRAPHS.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether the paragraph states counts of assignments. */
    public static boolean statesCounts(String paragraph) {
        return COUNT_OF_ASSIGNMENTS.matcher(paragraph).find();
    }

    /** The paragraphs that may be published: those that state no counts of assignments. */
    public static List<String> publishable(String text) {
        return paragraphs(text).stream().filter(p -> !statesCounts(p)).toList();
    }
}
