package dev.articlechat.web;

import java.util.List;

import dev.articlechat.ingest.PlainText;
import dev.articlechat.retrieval.ScoredPassage;

/** A passage as {@code GET /api/passages} lists it: the passage fields and its retrieval score. */
public record FoundPassage(String id, String document, String section, List<String> headings, String text,
        PlainText plain, int start, int end, double score) {

    static FoundPassage of(ScoredPassage found) {
        var p = found.passage();
        return new FoundPassage(p.id(), p.document(), p.section(), p.headings(), p.text(), p.plain(), p.start(),
                p.end(), found.score());
    }
}
