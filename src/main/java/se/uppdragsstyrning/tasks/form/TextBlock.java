package se.uppdragsstyrning.tasks.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A block of a text component: a heading, a paragraph or a list. Text components are written in Markdown
 * (CommonMark, read by commonmark-java); the server shows its blocks as plain text, always escaped, never as
 * HTML: emphasis is reduced to its text, a link to its text and address, HTML in the Markdown to its text as
 * written.
 *
 * @param kind  {@code heading}, {@code paragraph}, {@code list} (bullets) or {@code numbered} (a numbered list)
 * @param level 1–3 for headings, 1 being the text's highest
 */
public record TextBlock(String kind, int level, String text, List<String> items) {

    private static final Parser MARKDOWN = Parser.builder().build();

    /**
     * The blocks of a text component, its template filled in ({@link TextTemplate}) with the values looked up
     * by path. A text written as a FEEL expression ({@code =…}) cannot be evaluated here and shows nothing.
     */
    static List<TextBlock> parse(String markdown, Function<String, Object> values) {
        if (markdown == null || markdown.startsWith("=")) {
            return List.of();
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (Node node = MARKDOWN.parse(TextTemplate.render(markdown, values)).getFirstChild(); node != null;
                node = node.getNext()) {
            block(node, blocks);
        }
        return outlined(blocks);
    }

    private static void block(Node node, List<TextBlock> blocks) {
        switch (node) {
            case Heading heading -> blocks.add(new TextBlock("heading", heading.getLevel(), text(heading), List.of()));
            case ListBlock list -> {
                List<String> items = new ArrayList<>();
                items(list, items);
                blocks.add(new TextBlock(list instanceof OrderedList ? "numbered" : "list", 0, null,
                        List.copyOf(items)));
            }
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, blocks);
                }
            }
            case FencedCodeBlock code -> paragraph(code.getLiteral(), blocks);
            case IndentedCodeBlock code -> paragraph(code.getLiteral(), blocks);
            case HtmlBlock html -> paragraph(html.getLiteral(), blocks);
            case Paragraph paragraph -> paragraph(text(paragraph), blocks);
            default -> {
                // a thematic break (---) or a link reference definition shows nothing
            }
        }
    }

    /** A list's items as text; the items of a list inside an item follow it in the same list. */
    private static void items(ListBlock list, List<String> items) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<String> texts = new ArrayList<>();
            List<ListBlock> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock inner) {
                    nested.add(inner);
                } else {
                    texts.add(text(child));
                }
            }
            String text = String.join(" ", texts).strip();
            if (!text.isEmpty()) {
                items.add(text);
            }
            nested.forEach(inner -> items(inner, items));
        }
    }

    private static void paragraph(String text, List<TextBlock> blocks) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (!line.isEmpty()) {
            blocks.add(new TextBlock("paragraph", 0, line, List.of()));
        }
    }

    /** The text of a block's inline content: line breaks as spaces, links as "text (address)". */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Link link) {
                int start = out.length();
                visitChildren(link);
                if (!out.substring(start).equals(link.getDestination())) {
                    out.append(" (").append(link.getDestination()).append(')');
                }
            }
        });
        return out.toString().strip();
    }

    /** The text's highest heading becomes level 1 (shown as h3 below the page's own headings), the rest follow. */
    private static List<TextBlock> outlined(List<TextBlock> blocks) {
        int top = blocks.stream().filter(b -> b.kind().equals("heading")).mapToInt(TextBlock::level).min().orElse(1);
        return blocks.stream().map(b -> b.kind().equals("heading")
                ? new TextBlock("heading", Math.min(b.level() - top + 1, 3), b.text(), b.items()) : b).toList();
    }
}
