package dev.articlechat.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * Ratings, appended one JSON line each to {@code feedback.jsonl} in the feedback folder. One writer at a time, and
 * the file opened for each line: a line is never interleaved with another, and an operator may move the file
 * away at any time (the next rating starts a new one).
 */
@Singleton
public class FeedbackLog {

    public static final String FILE_NAME = "feedback.jsonl";

    /** The file cannot be written: the message says which folder and what to do. */
    public static final class Unwritable extends Exception {
        Unwritable(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final ObjectMapper json;

    @Inject
    public FeedbackLog(ArticleChatConfig config, ObjectMapper json) {
        this(config.feedback().folder(), json);
    }

    FeedbackLog(Path folder, ObjectMapper json) {
        this.folder = folder.toAbsolutePath().normalize();
        this.json = json;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Appends {@code record} as one line, on disk when this returns. */
    public void append(FeedbackRecord record) throws Unwritable {
        byte[] line;
        try {
            line = (json.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feedback record could not be written as JSON", e);
        }
        synchronized (this) {
            try {
                Files.createDirectories(folder);
                try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    ByteBuffer buffer = ByteBuffer.wrap(line);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    // a rating is a reader's words: it should survive a crash right after the 204
                    channel.force(false);
                }
            } catch (IOException e) {
                Log.warnf("Feedback not saved: %s cannot be written (%s)", file(), reason(e));
                throw new Unwritable("Feedback cannot be saved now: " + file() + " cannot be written (" + reason(e)
                        + "). Make the folder " + folder + " writable, or set article-chat.feedback.folder to one that "
                        + "is; answers are not affected.");
            }
        }
    }

    /** "AccessDeniedException: /path": the kind of failure says more than its message alone, which may be the path. */
    private static String reason(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
