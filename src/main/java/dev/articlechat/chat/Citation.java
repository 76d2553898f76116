package dev.articlechat.chat;

import dev.articlechat.retrieval.ScoredPassage;

/** A passage as used in one answer: {@code n} is the number shown as {@code [n]}. */
public record Citation(int n, String id, String document, String section, String text, int start, int end,
        double score) {

    static Citation of(int n, ScoredPassage scored) {
        var p = scored.passage();
        return new Citation(n, p.id(), p.document(), p.section(), p.text(), p.start(), p.end(), scored.score());
    }
}
