package dev.articlechat.ingest;

import java.util.Arrays;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Writes a Markdown document's plain text, block by block, keeping for each character its offset in the source.
 * Text, code and code blocks are aligned with their source range (escapes, entities and indentation make the
 * literal differ from the source); markup that stands for a break becomes a line break (blocks, list items, table
 * rows), a space (a soft line break) or a tab (between table cells). A block of raw HTML is written as a browser
 * shows its text ({@link HtmlText}); a tag inside a paragraph is left out.
 */
final class MarkdownPlain extends AbstractVisitor {

    /** How far ahead in the source a literal's next character is looked for (past a fence line or an entity). */
    private static final int LOOK_AHEAD = 64;

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    /** The source offset that the next separator takes: just after the last character written. */
    private int position;

    MarkdownPlain(String source) {
        this.source = source;
    }

    /** Writes one top-level block, after a blank line when something precedes it. */
    void block(Node node) {
        separate();
        node.accept(this);
    }

    /**
     * Writes a top-level block of raw HTML as {@link #block} does, and returns the source ranges of its table rows or
     * list items ({@link HtmlText#items}); none when its text is not all in them.
     */
    List<TextSpan> htmlBlock(HtmlBlock node) {
        separate();
        return html(node);
    }

    private void separate() {
        if (!text.isEmpty()) {
            breakLine();
            separator('\n');
        }
    }

    /** A heading's text without markup; headings are written too, so that a heading's words stay in the plain text. */
    String headingText(Heading heading) {
        int from = text.length();
        block(heading);
        return text.substring(from).strip();
    }

    PlainText text() {
        int[] exact = new int[text.length()];
        System.arraycopy(offsets, 0, exact, 0, text.length());
        return new PlainText(text.toString(), exact);
    }

    @Override
    public void visit(Text node) {
        align(node.getLiteral(), node);
    }

    @Override
    public void visit(Code node) {
        align(node.getLiteral(), node);
    }

    @Override
    public void visit(SoftLineBreak node) {
        separator(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        separator('\n');
    }

    @Override
    public void visit(Paragraph node) {
        visitChildren(node);
        breakLine();
    }

    @Override
    public void visit(Heading node) {
        visitChildren(node);
        breakLine();
    }

    @Override
    public void visit(FencedCodeBlock node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.size() > 1) {
            // the code starts on the line after the opening fence, whose info string ("shell") would otherwise be
            // taken for its first letters
            position = Math.max(position, spans.get(1).getInputIndex());
        }
        align(node.getLiteral(), node);
        breakLine();
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        align(node.getLiteral(), node);
        breakLine();
    }

    @Override
    public void visit(ListItem node) {
        if (node.getParent() instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = list.getFirstChild(); item != node && item != null; item = item.getNext()) {
                number++;
            }
            align(number + ".", node);
            separator(' ');
        }
        visitChildren(node);
        breakLine();
    }

    @Override
    public void visit(HtmlBlock node) {
        html(node);
    }

    /** Raw HTML's text, as a browser shows it ({@link HtmlText}): a table's cells, a {@code <details>} block. */
    private List<TextSpan> html(HtmlBlock node) {
        List<SourceSpan> lines = node.getSourceSpans();
        if (lines.isEmpty()) {
            return List.of();
        }
        String html = node.getLiteral();
        HtmlText read = HtmlText.of(html);
        for (HtmlText.Piece piece : read.pieces()) {
            if (piece.isBreak()) {
                trimTrailingSpaces();
                if (piece.text().equals("\t")) {
                    separator('\t');
                } else {
                    breakLine();
                }
            } else {
                String words = atLineStart() ? piece.text().stripLeading() : piece.text();
                alignWithin(words, source(html, lines, piece.start()), source(html, lines, piece.end()));
            }
        }
        trimTrailingSpaces();
        breakLine();
        return read.items().stream()
                .map(item -> new TextSpan(source(html, lines, item.start()), source(html, lines, item.end()))).toList();
    }

    @Override
    public void visit(HtmlInline node) {
        // a tag within a paragraph is markup; the text around it is the paragraph's own
    }

    @Override
    public void visit(CustomBlock node) {
        visitChildren(node);
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableCell && node.getNext() != null) {
            separator('\t');
        } else if (node instanceof TableRow) {
            breakLine();
        }
    }

    /** Writes a literal, each character at the next source offset that holds it within the node's range. */
    private void align(String literal, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            alignWithin(literal, position, source.length());
        } else {
            SourceSpan last = spans.get(spans.size() - 1);
            alignWithin(literal, spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
        }
    }

    /** Writes a literal, each character at the next source offset in {@code [from, limit)} that holds it. */
    private void alignWithin(String literal, int from, int limit) {
        int cursor = Math.max(position, from);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int found = find(c, cursor, Math.min(limit, cursor + LOOK_AHEAD));
            int at = found >= 0 ? found : Math.min(cursor, Math.max(limit - 1, position));
            append(c, at);
            cursor = found >= 0 ? found + 1 : cursor;
        }
    }

    /**
     * The source offset of {@code html}'s character {@code at}: an HTML block's literal is its lines joined by line
     * breaks, each line from its own source span (inside a list or a quote, after the line's markers).
     */
    private static int source(String html, List<SourceSpan> lines, int at) {
        int line = 0;
        int lineStart = 0;
        for (int i = html.indexOf('\n'); i >= 0 && i < at; i = html.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        SourceSpan span = lines.get(Math.min(line, lines.size() - 1));
        return span.getInputIndex() + Math.min(at - lineStart, span.getLength());
    }

    private boolean atLineStart() {
        return text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private void trimTrailingSpaces() {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private int find(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            char s = source.charAt(i);
            if (s == c || Character.isWhitespace(c) && Character.isWhitespace(s)) {
                return i;
            }
        }
        return -1;
    }

    private void breakLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            separator('\n');
        }
    }

    /** A character that markup stands for: it comes from just after the character before it. */
    private void separator(char c) {
        append(c, Math.max(0, position - 1));
    }

    private void append(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
        position = Math.max(position, offset + 1);
    }
}
