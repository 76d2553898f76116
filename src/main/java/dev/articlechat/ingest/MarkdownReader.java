package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark (CommonMark plus GitHub tables): ATX and Setext headings, paragraphs, and lists,
 * tables, code blocks and block quotes as whole blocks, each with its exact source range. A YAML front matter block
 * is skipped: its characters are blanked before parsing, so every offset stays that of the file. So is a link target
 * that a site generator fills in ({@code [redirects]({{ "urls/#keep" | relative_url }})}, Jekyll's Liquid or Hugo's
 * shortcodes): CommonMark does not take it for a link (it has spaces), and its brackets and braces would reach the
 * reader as text.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n.*?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern TEMPLATE_LINK_TARGET = Pattern.compile("(?<=\\]\\()\\s*\\{[{%].*?[}%]\\}\\s*(?=\\))");

    private MarkdownReader() {
    }

    static Structure read(String text, String fallbackTitle) {
        Node document = PARSER.parse(withoutTemplateLinkTargets(withoutFrontMatter(text)));
        MarkdownPlain plain = new MarkdownPlain(text);
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty() || node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
                continue;
            }
            TextSpan range = range(text, node);
            if (range.length() == 0) {
                continue;
            }
            if (node instanceof Heading heading) {
                blocks.add(Block.heading(range.start(), range.end(), plain.headingText(heading), heading.getLevel()));
            } else if (node instanceof ListBlock || node instanceof TableBlock) {
                plain.block(node);
                // each item or row a block, as a plain text's bullets are: a list or table too long for one passage
                // is cut between them, and a question about its fifth step finds a passage about that step
                for (Node item : items(node)) {
                    TextSpan itemRange = range(text, item);
                    if (itemRange.length() > 0) {
                        blocks.add(Block.of(Block.Kind.BULLET, itemRange.start(), itemRange.end()));
                    }
                }
            } else if (node instanceof HtmlBlock html) {
                // an HTML table's rows or list's items are blocks too, as a Markdown table's are; the first from the
                // block's start and the last to its end, so that together they render as the whole table
                List<TextSpan> items = plain.htmlBlock(html);
                for (int i = 0; i < items.size(); i++) {
                    blocks.add(Block.of(Block.Kind.BULLET, i == 0 ? range.start() : items.get(i).start(),
                            i == items.size() - 1 ? range.end() : items.get(i).end()));
                }
                if (items.isEmpty()) {
                    blocks.add(Block.of(Block.Kind.WHOLE, range.start(), range.end()));
                }
            } else {
                plain.block(node);
                blocks.add(Block.of(node instanceof Paragraph ? Block.Kind.PARAGRAPH : Block.Kind.WHOLE,
                        range.start(), range.end()));
            }
        }
        String title = blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING && !b.heading().isBlank())
                .map(Block::heading).findFirst().orElse(null);
        return new Structure(title == null ? fallbackTitle : title, title != null, blocks, plain.text());
    }

    /** A list's items, or a table's rows (its head's, then its body's). */
    private static List<Node> items(Node block) {
        List<Node> items = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableHead || child instanceof TableBody) {
                items.addAll(items(child));
            } else {
                items.add(child);
            }
        }
        return items;
    }

    /** Where a node lies in the source, trimmed; empty when it has no source. */
    private static TextSpan range(String text, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new TextSpan(0, 0);
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return trimmed(text, spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    }

    /** The text with a leading front matter block's characters (line breaks aside) made spaces. */
    private static String withoutFrontMatter(String text) {
        Matcher matcher = FRONT_MATTER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return matcher.group().replaceAll("[^\\r\\n]", " ") + text.substring(matcher.end());
    }

    /** The text with each link target that is a template expression made spaces: an empty target, a plain link. */
    private static String withoutTemplateLinkTargets(String text) {
        return TEMPLATE_LINK_TARGET.matcher(text).replaceAll(target -> " ".repeat(target.group().length()));
    }

    private static TextSpan trimmed(String text, int start, int end) {
        while (start < end && Block.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Block.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
