package dev.articlechat.grounding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.grounding.ExtractiveAnswerer.Quoted;
import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;

/**
 * The header row of the table a quoted row is in: a row alone ("10.3 NVIDIA Professional B300 GB300") does not say
 * what its cells are, and its header ("Compute Capability Family Cards") does. A long table is cut between rows
 * ({@link dev.articlechat.ingest.PassageSplitter}), so the first row a passage holds is its header only when the
 * source has the header's delimiter row ({@code |---|---|}) under it, or, in an HTML table, when its cells are header
 * cells ({@code <th>}); a passage holding later rows quotes none.
 */
final class TableHeader {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    /** An HTML table cell's opening tag: a header cell's or a data cell's. */
    private static final Pattern CELL_TAG = Pattern.compile("<t([hd])[\\s>]", Pattern.CASE_INSENSITIVE);

    private TableHeader() {
    }

    /** The header row of the table holding {@code span} in passage {@code n}, when that span is a later row of it. */
    static Optional<Quoted> of(int n, Passage passage, TextSpan span) {
        String plain = passage.plain().text();
        int lineStart = plain.lastIndexOf('\n', span.start() - 1) + 1;
        if (!Sentences.isTableRow(line(plain, lineStart))) {
            return Optional.empty();
        }
        int first = lineStart;
        while (first > 0 && Sentences.isTableRow(line(plain, above(plain, first)))) {
            first = above(plain, first);
        }
        String header = line(plain, first).strip();
        int start = plain.indexOf(header, first);
        if (first == lineStart
                || !delimiterFollows(passage, start + header.length()) && !inHeaderCell(passage, start)) {
            return Optional.empty();
        }
        return Optional.of(new Quoted(n, plain, new TextSpan(start, start + header.length()), header));
    }

    /** Whether the line of the passage's source after the plain text's {@code [.., end)} is a delimiter row. */
    private static boolean delimiterFollows(Passage passage, int end) {
        String source = passage.text();
        int after = passage.plain().source(end - 1, end).end() - passage.start();
        int next = source.indexOf('\n', after) + 1;
        return next > 0 && DELIMITER_ROW.matcher(line(source, next)).matches();
    }

    /** Whether the plain text at {@code start} comes from an HTML table's header cell ({@code <th>}). */
    private static boolean inHeaderCell(Passage passage, int start) {
        int at = passage.plain().source(start, start + 1).start() - passage.start();
        Matcher cell = CELL_TAG.matcher(passage.text()).region(0, at);
        String kind = null;
        while (cell.find()) {
            kind = cell.group(1);
        }
        return "h".equalsIgnoreCase(kind);
    }

    private static int above(String text, int lineStart) {
        return text.lastIndexOf('\n', lineStart - 2) + 1;
    }

    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
