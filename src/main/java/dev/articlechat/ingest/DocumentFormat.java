package dev.articlechat.ingest;

import java.util.Locale;
import java.util.Optional;

/** How a document is written, from its file name: {@code .md} is Markdown, {@code .txt} plain text. */
public enum DocumentFormat {
    text, markdown;

    /** The format of a file name, or empty when it is not a document (another extension). */
    static Optional<DocumentFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(markdown);
        }
        return name.endsWith(".txt") ? Optional.of(text) : Optional.empty();
    }
}
