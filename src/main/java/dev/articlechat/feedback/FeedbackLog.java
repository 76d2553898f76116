package dev.articlechat.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.chat.RedisConversations;
import io.quarkus.logging.Log;

/**
 * Ratings, appended one JSON line each to {@code feedback.jsonl} in the feedback folder. One writer at a time, and
 * the file opened for each line: a line is never interleaved with another, and an operator may move the file
 * away at any time (the next rating starts a new one). When conversations are kept in Redis
 * ({@code article-chat.chat.memory=redis}), ratings are too, the same JSON appended to the list
 * {@link RedisConversations#FEEDBACK}: every instance takes ratings, and no instance's disk holds only a part of them.
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
    private final Optional<RedisConversations> redis;

    @Inject
    public FeedbackLog(ArticleChatConfig config, ObjectMapper json, Instance<RedisConversations> redis) {
        this(config.feedback().folder(), json, config.chat().memory() == ArticleChatConfig.Chat.Memory.redis
                ? Optional.of(redis.get())
                : Optional.empty());
    }

    FeedbackLog(Path folder, ObjectMapper json, Optional<RedisConversations> redis) {
        this.folder = folder.toAbsolutePath().normalize();
        this.json = json;
        this.redis = redis;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Appends {@code record} as one line, on disk (or given to Redis) when this returns. With Redis it waits (at most
     * {@code quarkus.redis.timeout}): not for an event loop.
     */
    public void append(FeedbackRecord record) throws Unwritable {
        String line;
        try {
            line = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feedback record could not be written as JSON", e);
        }
        if (redis.isPresent()) {
            appendToRedis(redis.get(), line);
        } else {
            appendToFile((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void appendToRedis(RedisConversations redis, String line) throws Unwritable {
        try {
            redis.appendFeedback(line).await().indefinitely();
        } catch (RuntimeException e) {
            Log.warnf("Feedback not saved: Redis did not answer (%s)", e.getMessage());
            throw new Unwritable("Feedback cannot be saved now: Redis, where it is kept with the conversations "
                    + "(article-chat.chat.memory=redis), did not answer (" + e.getMessage() + "). Try again in a "
                    + "moment; if it goes on, Redis (at quarkus.redis.hosts) needs looking after. Answers are not "
                    + "affected.");
        }
    }

    private void appendToFile(byte[] line) throws Unwritable {
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
