package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.List;

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
        for (int colon = passage.indexOf(':', span.start()); colon >= 0 && colon < span.end();
                colon = passage.indexOf(':', colon + 1)) {
            int after = colon + 1;
            while (after < passage.length() && passage.charAt(after) != '\n' && Character.isWhitespace(passage.charAt(after))) {
                after++;
            }
            if (after < passage.length() && passage.charAt(after) == '\n') {
                while (after < passage.length() && Character.isWhitespace(passage.charAt(after))) {
                    after++;
                }
                return after;
            }
        }
        return -1;
    }
}
