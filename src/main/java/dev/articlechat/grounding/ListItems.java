package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.grounding.ExtractiveAnswerer.Quoted;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;

/**
 * The items of a list that a quoted sentence introduces: a sentence whose colon ends its line ("We use the percent
 * sign (%) in these circumstances:") is answered by the lines after it, up to the blank line that ends them, and
 * quoting the introduction alone (or with only the first item, which the sentence rules join to it) leaves out the
 * answer. Each item is quoted by its first sentence, so a long item does not swamp the answer.
 */
final class ListItems {

    /** A colon, then only spaces (no-break ones too, as pasted text has) to the end of its line, and blank lines. */
    private static final Pattern LINE_ENDING_COLON = Pattern.compile(":\\h*\\n[\\s\\h]*");
    /** A list longer than this is quoted in part: an answer is not the whole document. */
    private static final int MOST_ITEMS = 8;

    private ListItems() {
    }

    /** The items after {@code span} of passage {@code n} when it introduces them; empty when it does not. */
    static List<Quoted> introducedBy(int n, String passage, TextSpan span) {
        int start = listStart(passage, span);
        if (start < 0) {
            return List.of();
        }
        List<Quoted> items = new ArrayList<>();
        int lineStart = start;
        while (lineStart < passage.length() && items.size() < MOST_ITEMS) {
            int lineEnd = passage.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? passage.length() : lineEnd;
            if (passage.substring(lineStart, lineEnd).isBlank()) {
                break; // a blank line ends the list
            }
            if (lineStart >= span.end()) { // an item the sentence rules joined to the introduction is quoted already
                List<TextSpan> sentences = Sentences.of(passage, lineStart, lineEnd);
                if (!sentences.isEmpty()) {
                    TextSpan first = sentences.get(0);
                    items.add(new Quoted(n, passage, first, passage.substring(first.start(), first.end())));
                }
            }
            lineStart = lineEnd + 1;
        }
        return items;
    }

    /**
     * Where the list that {@code span} introduces begins: after the first colon in it that ends its line (the
     * blank line after it skipped); -1 when it has none.
     */
    private static int listStart(String passage, TextSpan span) {
        Matcher colon = LINE_ENDING_COLON.matcher(passage).region(span.start(), passage.length());
        return colon.find() && colon.start() < span.end() ? colon.end() : -1;
    }
}
