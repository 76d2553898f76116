package dev.articlechat.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document as read from disk: {@code name} is its path in the documents folder, {@code text} its full content,
 * {@code title} its first heading without markup (else, for plain text, its first line; else its name).
 * {@code blocks} are a Markdown document's top-level blocks (headings, paragraphs, lists, tables, code) as source
 * ranges, front matter left out: the page renders each on its own, so that a passage's offsets find its blocks.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceDocument(String name, String title, DocumentFormat format, String text, List<TextSpan> blocks) {
}
