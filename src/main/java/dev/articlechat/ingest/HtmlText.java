package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader reads in a block of raw HTML inside Markdown (a table, a {@code <details>}), read by jsoup as a
 * browser reads it, with where each run of it lies in the HTML: entities decoded, comments, scripts and styles left
 * out, white space collapsed. A row or a block element ends a line, a cell is followed by a tab when another follows
 * it, as in a Markdown table's plain text.
 *
 * @param pieces the text runs and the breaks between them, in order
 * @param items  the ranges of its table rows or list items when all its text lies in them (each is then a block of its
 *               own, so that a long table is cut between rows), else none
 */
record HtmlText(List<Piece> pieces, List<TextSpan> items) {

    /**
     * A run of text, {@code [start, end)} of the HTML holding it, or a break that markup stands for ({@code text} is
     * then "\n" or "\t" and the range empty).
     */
    record Piece(String text, int start, int end) {

        boolean isBreak() {
            return start == end;
        }
    }

    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> ITEMS = Set.of("tr", "li");

    static HtmlText of(String html) {
        List<Piece> pieces = new ArrayList<>();
        List<TextSpan> items = new ArrayList<>();
        Element root = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank() && text.sourceRange().isTracked()) {
                    Range range = text.sourceRange();
                    pieces.add(new Piece(text.getWholeText().replaceAll("\\s+", " "), range.startPos(),
                            range.endPos()));
                } else if (node instanceof Element element && !CELLS.contains(element.normalName())
                        && (block(element) || element.nameIs("br"))) {
                    pieces.add(new Piece("\n", 0, 0));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                Element next = element.nextElementSibling();
                if (CELLS.contains(element.normalName())) {
                    if (next != null && CELLS.contains(next.normalName())) {
                        pieces.add(new Piece("\t", 0, 0));
                    }
                } else if (block(element)) {
                    pieces.add(new Piece("\n", 0, 0));
                }
                if (ITEMS.contains(element.normalName()) && element.sourceRange().isTracked()
                        && element.endSourceRange().isTracked()) {
                    items.add(new TextSpan(element.sourceRange().startPos(), element.endSourceRange().endPos()));
                }
            }
        });
        return new HtmlText(pieces, allTextIn(pieces, items) ? items : List.of());
    }

    /** Whether a browser shows the element on lines of its own; jsoup counts {@code <summary>} as inline. */
    private static boolean block(Element element) {
        return element.isBlock() || element.nameIs("summary");
    }

    private static boolean allTextIn(List<Piece> pieces, List<TextSpan> items) {
        return !items.isEmpty() && pieces.stream().filter(piece -> !piece.isBreak()).allMatch(piece -> items.stream()
                .anyMatch(item -> item.start() <= piece.start() && piece.end() <= item.end()));
    }
}
