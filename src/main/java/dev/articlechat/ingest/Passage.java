package dev.articlechat.ingest;

import java.util.List;

/**
 * A piece of a document with a stable id and its exact place in the source: {@code source.substring(start, end)}
 * is {@code text}, markup included. {@code headings} is its heading path (the document's title first);
 * {@code section} the last of them; {@code plain} the passage as a reader sees it, which is what is embedded (after
 * its headings), searched, quoted and shown to the model.
 */
public record Passage(String id, String document, String section, List<String> headings, String text,
        PlainText plain, int start, int end) {

    /**
     * Its section heading and plain text: what keyword search indexes, and what is read to see whether it mentions
     * a question's words, since the heading often names what the passage is about ("Why is networking slow in WSL2?").
     */
    public String searched() {
        return section + "\n" + plain.text();
    }
}
