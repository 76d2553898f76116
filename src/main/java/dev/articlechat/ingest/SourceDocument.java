package dev.articlechat.ingest;

/** A document as read from disk: {@code name} is its file name, {@code text} its full content. */
public record SourceDocument(String name, String title, String text) {
}
