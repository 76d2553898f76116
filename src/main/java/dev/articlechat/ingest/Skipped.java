package dev.articlechat.ingest;

/** A file of the documents folder that is not served, and why (what to do is in the reason). */
public record Skipped(String name, String reason) {
}
