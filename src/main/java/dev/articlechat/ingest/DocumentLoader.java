package dev.articlechat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

/** Reads every {@code .txt} and {@code .md} file of a folder, in name order, as UTF-8. */
@Singleton
public class DocumentLoader {

    public List<SourceDocument> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The documents folder " + folder.toAbsolutePath()
                    + " does not exist: set article-chat.documents to a folder of .txt or .md files");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<SourceDocument> documents = files
                    .filter(Files::isRegularFile)
                    .filter(DocumentLoader::isArticle)
                    .sorted()
                    .map(DocumentLoader::read)
                    .toList();
            if (documents.isEmpty()) {
                throw new IllegalStateException("No .txt or .md file in " + folder.toAbsolutePath());
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), e);
        }
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    private static SourceDocument read(Path file) {
        try {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new SourceDocument(name, Block.title(text, name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
