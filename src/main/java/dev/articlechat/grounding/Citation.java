package dev.articlechat.grounding;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.articlechat.ingest.PlainText;
import dev.articlechat.retrieval.ScoredPassage;

/**
 * A passage as used in one answer: {@code n} is the number shown as {@code [n]}; {@code quotes} are the spans of it
 * the answer quoted word for word.
 */
public record Citation(int n, String id, String document, String section, List<String> headings, String text,
        PlainText plain, int start, int end, double score, List<Quote> quotes) {

    static Citation of(int n, ScoredPassage scored) {
        var p = scored.passage();
        return new Citation(n, p.id(), p.document(), p.section(), p.headings(), p.text(), p.plain(), p.start(),
                p.end(), scored.score(), List.of());
    }

    /** Where the passage says {@code quoted} word for word (as a reader sees it), with its offsets in the source. */
    Optional<Quote> find(String quoted) {
        return QuoteFinder.find(quoted, plain);
    }

    Citation withQuote(Quote quote) {
        return quotes.contains(quote) ? this
                : new Citation(n, id, document, section, headings, text, plain, start, end, score,
                        Stream.concat(quotes.stream(), Stream.of(quote)).toList());
    }
}
