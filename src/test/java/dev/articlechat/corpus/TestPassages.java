package dev.articlechat.corpus;

import java.util.List;

import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.PlainText;

/** Passages made by hand for unit tests: plain text, so {@code plain} is the text itself. */
public final class TestPassages {

    private TestPassages() {
    }

    public static Passage text(String id, String document, String section, String text, int start) {
        return new Passage(id, document, section, List.of(section), text, PlainText.verbatim(text, start), start,
                start + text.length());
    }
}
