package dev.articlechat.ingest;

import java.util.List;

/** Passages of a Markdown text as the app cuts them (700 characters at most, 200 at least), for unit tests. */
public final class MarkdownPassages {

    private static final PassageSplitter SPLITTER = new PassageSplitter(700, 200);

    private MarkdownPassages() {
    }

    public static List<Passage> of(String text) {
        Structure structure = Structure.read(DocumentFormat.markdown, text, "manual.md");
        return SPLITTER.split(text, structure).stream()
                .map(c -> new Passage("p", "manual.md", c.section(), c.headings(), text.substring(c.start(), c.end()),
                        structure.plain().slice(c.start(), c.end()), c.start(), c.end()))
                .toList();
    }
}
