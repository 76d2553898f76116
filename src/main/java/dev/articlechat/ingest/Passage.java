package dev.articlechat.ingest;

/**
 * A piece of a document with a stable id and its exact place in the source: {@code source.substring(start, end)}
 * is {@code text}.
 */
public record Passage(String id, String document, String section, String text, int start, int end) {
}
