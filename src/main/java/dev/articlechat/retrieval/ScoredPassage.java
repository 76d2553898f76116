package dev.articlechat.retrieval;

import dev.articlechat.ingest.Passage;

/** A passage as found for a query; {@code score} is higher for closer matches. */
public record ScoredPassage(Passage passage, double score) {
}
