package dev.articlechat.grounding;

import java.util.Optional;

import dev.articlechat.grounding.ExtractiveAnswerer.Quoted;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;

/**
 * The header row of the table a quoted row is in: a row alone ("10.3 NVIDIA Professional B300 GB300") does not say
 * what its cells are, and its header ("Compute Capability Family Cards") does. A Markdown table is never cut across
 * passages ({@link dev.articlechat.ingest.PassageSplitter}), so the first row of the run of rows is its header.
 */
final class TableHeader {

    private TableHeader() {
    }

    /** The first row of the table holding {@code span} in passage {@code n}, when that span is a later row of it. */
    static Optional<Quoted> of(int n, String passage, TextSpan span) {
        int lineStart = passage.lastIndexOf('\n', span.start() - 1) + 1;
        if (!Sentences.isTableRow(line(passage, lineStart))) {
            return Optional.empty();
        }
        int first = lineStart;
        while (first > 0 && Sentences.isTableRow(line(passage, above(passage, first)))) {
            first = above(passage, first);
        }
        if (first == lineStart) {
            return Optional.empty();
        }
        String header = line(passage, first).strip();
        int start = passage.indexOf(header, first);
        return Optional.of(new Quoted(n, passage, new TextSpan(start, start + header.length()), header));
    }

    private static int above(String passage, int lineStart) {
        return passage.lastIndexOf('\n', lineStart - 2) + 1;
    }

    private static String line(String passage, int start) {
        int end = passage.indexOf('\n', start);
        return passage.substring(start, end < 0 ? passage.length() : end);
    }
}
