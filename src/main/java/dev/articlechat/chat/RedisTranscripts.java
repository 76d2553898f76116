package dev.articlechat.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import dev.articlechat.chat.RedisConversations.StoredTranscript;
import dev.articlechat.ingest.PlainText;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Transcripts in Redis beside the rest of their conversation ({@link RedisConversations.Part#TRANSCRIPT}), so that
 * any instance exports a conversation, and takes feedback on an answer, that another one gave. Each turn is kept as
 * the JSON of its {@link TranscriptTurn}; Redis numbers them, so two instances never give one index twice.
 */
@Singleton
@Typed(RedisTranscripts.class)
public class RedisTranscripts implements Transcripts {

    private final RedisConversations redis;
    private final ObjectMapper json;

    public RedisTranscripts(RedisConversations redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json.copy().registerModule(new SimpleModule().addDeserializer(PlainText.class, new PlainTextRead()));
    }

    @Override
    public Uni<OptionalInt> record(String conversationId, TranscriptTurn turn) {
        return Uni.createFrom().item(() -> write(turn))
                .chain(line -> redis.record(conversationId, line))
                .map(OptionalInt::of)
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Redis did not keep turn of conversation %s: it cannot be exported or rated (%s)",
                            conversationId, failure);
                    return OptionalInt.empty();
                });
    }

    @Override
    public Optional<Transcript> find(String conversationId) {
        Optional<StoredTranscript> stored;
        try {
            stored = redis.transcript(conversationId).await().indefinitely();
        } catch (RuntimeException failure) {
            Log.warnf("Redis did not give the transcript of conversation %s (%s)", conversationId, failure);
            throw new Unavailable("Conversations are kept in Redis, which did not answer (" + failure.getMessage()
                    + "), so this one cannot be read now. Try again in a moment; if it goes on, Redis (at "
                    + "quarkus.redis.hosts) needs looking after. Answers are still given meanwhile.");
        }
        if (stored.isEmpty() || stored.get().turns().isEmpty()) {
            return Optional.empty();
        }
        List<TranscriptTurn> turns = new ArrayList<>();
        for (String turn : stored.get().turns()) {
            turns.add(read(conversationId, turn));
        }
        return Optional.of(new Transcript(conversationId, stored.get().firstTurn(), turns));
    }

    String write(TranscriptTurn turn) {
        try {
            return json.writeValueAsString(turn);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A turn could not be written as JSON", e);
        }
    }

    TranscriptTurn read(String conversationId, String turn) {
        try {
            return json.readValue(turn, TranscriptTurn.class);
        } catch (JsonProcessingException e) {
            Log.warnf("A turn of conversation %s in Redis is not a turn: %s", conversationId, e.getOriginalMessage());
            // not the reader's fault, and not ours to guess around: an instance of another version wrote it
            throw new Unavailable("A turn of this conversation in Redis could not be read: it was written by another "
                    + "version of article-chat, or by hand. Every instance sharing Redis should run the same version.");
        }
    }

    /**
     * A citation's passage as a reader sees it comes back as its text only: export and feedback use nothing else,
     * and where each character came from (its source offsets, left out of JSON) would make a kept turn several
     * times longer. Such a passage has no offsets, so it is for showing, never for finding quotes again.
     */
    private static final class PlainTextRead extends StdDeserializer<PlainText> {

        PlainTextRead() {
            super(PlainText.class);
        }

        @Override
        public PlainText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return new PlainText(parser.getValueAsString(), new int[0]);
        }
    }
}
