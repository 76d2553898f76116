package dev.articlechat.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * Reads every {@code .txt} and {@code .md} file of the documents folder and its sub-folders, in path order, as
 * UTF-8. A file that cannot be served (empty, not UTF-8, too large, another extension, unreadable) is passed over
 * with one log line and the rest is read; hidden files and folders are passed over silently.
 */
@Singleton
public class DocumentLoader {

    private final long maxBytes;

    @Inject
    public DocumentLoader(ArticleChatConfig config) {
        this(config.ingest().maxFileSize().asLongValue());
    }

    DocumentLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Corpus load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The documents folder " + folder.toAbsolutePath()
                    + " does not exist: set article-chat.documents to a folder of .txt or .md files");
        }
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        walk(folder, files, skipped);
        List<Corpus.Loaded> documents = new ArrayList<>();
        for (Path file : files.stream().sorted().toList()) {
            String name = name(folder, file);
            try {
                documents.add(read(file, name));
            } catch (NotServed e) {
                skipped.add(new Skipped(name, e.getMessage()));
            }
        }
        skipped.forEach(s -> Log.warnf("Not serving %s from %s: %s", s.name(), folder.toAbsolutePath(), s.reason()));
        if (documents.isEmpty()) {
            Log.warnf("No document to serve in %s: put .txt or .md files there (or set article-chat.documents) "
                    + "and restart", folder.toAbsolutePath());
        }
        return new Corpus(List.copyOf(documents), List.copyOf(skipped));
    }

    private Corpus.Loaded read(Path file, String name) throws NotServed {
        DocumentFormat format = DocumentFormat.of(name)
                .orElseThrow(() -> new NotServed("not a .txt or .md file"));
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new NotServed("%d bytes, over article-chat.ingest.max-file-size (%d): raise it to serve this file"
                        .formatted(size, maxBytes));
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new NotServed("not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new NotServed("cannot be read (" + e + ")");
        }
        if (text.isBlank()) {
            throw new NotServed("empty");
        }
        Structure structure = Structure.read(format, text, name);
        List<TextSpan> blocks = format == DocumentFormat.markdown ? structure.rendered() : List.of();
        return new Corpus.Loaded(new SourceDocument(name, structure.title(), format, text, blocks), structure);
    }

    /** The file's path in the folder, with forward slashes on every system: the name clients use. */
    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    /** Why a file is not served; the message says what to do. */
    private static final class NotServed extends Exception {
        NotServed(String reason) {
            super(reason, null, false, false);
        }
    }

    private static void walk(Path folder, List<Path> files, List<Skipped> skipped) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.add(new Skipped(name(folder, file), "cannot be read (" + e + ")"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the documents folder " + folder.toAbsolutePath() + ": " + e, e);
        }
    }
}
