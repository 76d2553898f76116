package dev.articlechat.grounding;

/**
 * A span the answer quoted from a cited passage: {@code text} is the quoted words as the answer shows them;
 * {@code start}..{@code end} are offsets in the source document (like a passage's): {@code source.substring(start,
 * end)} is the quoted text as the document writes it, markup included.
 */
public record Quote(String text, int start, int end) {
}
