package dev.articlechat.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The corpora the tests read, from {@code src/test/resources/corpora}: never {@code documents/}, which users replace.
 * The seed article (a copy), a folder of Ollama's Markdown documentation (MIT), 18F's content guide (CC0) and
 * GitHub's site policies (CC0), each with its SOURCE.md.
 */
public final class Corpora {

    /** The folder holding a copy of the seed article: the test profile's documents. */
    public static final Path ARTICLE_FOLDER = Path.of("src/test/resources/corpora/article");
    public static final String ARTICLE_NAME = "russia-and-north-korea-the-renewed-comradery.txt";
    /** Seven Markdown files of Ollama's docs: headings, lists, tables, code. */
    public static final Path OLLAMA_DOCS = Path.of("src/test/resources/corpora/ollama-docs/docs");
    /** Eight Markdown pages of a writing guide, each opening with Jekyll front matter: prose, lists, tables. */
    public static final Path CONTENT_GUIDE = Path.of("src/test/resources/corpora/18f-content-guide/docs");
    /** Seven Markdown files of GitHub's legal and company policies, with front matter: procedures, lists, deadlines. */
    public static final Path SITE_POLICY = Path.of("src/test/resources/corpora/github-site-policy/docs");

    private Corpora() {
    }

    public static String article() {
        return read(ARTICLE_FOLDER.resolve(ARTICLE_NAME));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the documents of a folder, one after another: for checking that evidence is in some document. */
    public static String all(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(Corpora::read).collect(Collectors.joining("\n\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
