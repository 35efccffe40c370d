package se.uppdragsstyrning.tasks.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of a text component: a heading, a paragraph or a bullet list. Text components are written in
 * markdown; the server shows the simple parts of it (headings, lists, paragraphs, emphasis and links reduced
 * to their text), always escaped, never as HTML.
 *
 * @param kind  {@code heading}, {@code paragraph} or {@code list}
 * @param level 1–3 for headings, 1 being the text's highest
 */
public record TextBlock(String kind, int level, String text, List<String> items) {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*+]\\s+(.*)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\(([^)]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    /**
     * The blocks of a text component, its template filled in ({@link TextTemplate}) with the values looked up
     * by path. A text written as a FEEL expression ({@code =…}) cannot be evaluated here and shows nothing.
     */
    static List<TextBlock> parse(String markdown, Function<String, Object> values) {
        if (markdown == null || markdown.startsWith("=")) {
            return List.of();
        }
        List<TextBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String rawLine : TextTemplate.render(markdown, values).split("\\R")) {
            String line = inline(rawLine.trim());
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (line.isEmpty() || heading.matches() || bullet.matches()) {
                flush(blocks, paragraph, items, !bullet.matches());
            }
            if (heading.matches()) {
                blocks.add(new TextBlock("heading", heading.group(1).length(), heading.group(2), List.of()));
            } else if (bullet.matches()) {
                items.add(bullet.group(1));
            } else if (!line.isEmpty()) {
                if (!items.isEmpty()) {
                    flush(blocks, paragraph, items, true);
                }
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph, items, true);
        return outlined(blocks);
    }

    /** The text's highest heading becomes level 1 (shown as h3 below the page's own headings), the rest follow. */
    private static List<TextBlock> outlined(List<TextBlock> blocks) {
        int top = blocks.stream().filter(b -> b.kind().equals("heading")).mapToInt(TextBlock::level).min().orElse(1);
        return blocks.stream().map(b -> b.kind().equals("heading")
                ? new TextBlock("heading", Math.min(b.level() - top + 1, 3), b.text(), b.items()) : b).toList();
    }

    private static void flush(List<TextBlock> blocks, List<String> paragraph, List<String> items, boolean endList) {
        if (!paragraph.isEmpty()) {
            blocks.add(new TextBlock("paragraph", 0, String.join(" ", paragraph), List.of()));
            paragraph.clear();
        }
        if (endList && !items.isEmpty()) {
            blocks.add(new TextBlock("list", 0, null, List.copyOf(items)));
            items.clear();
        }
    }

    private static String inline(String line) {
        String withoutLinks = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + " (" + m.group(2) + ")"));
        return EMPHASIS.matcher(withoutLinks).replaceAll("$2");
    }
}
