package dev.articlechat.chat;

/**
 * A span the answer quoted from a cited passage: {@code start}..{@code end} are offsets in the source document
 * (like a passage's), so {@code source.substring(start, end)} is the quoted text as the article writes it.
 */
public record Quote(String text, int start, int end) {
}
