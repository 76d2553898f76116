package dev.articlechat.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * Conversations in Redis, so that several instances behind one load balancer share them: any instance continues
 * a conversation another one started. Each part of a conversation is a key of its own,
 * {@code article-chat:conversation:<id>:<part>}, and all of them expire together after the idle time-out (every
 * turn renews them); the ratings of answers are one list beside them ({@link #FEEDBACK}). Every call gives up
 * after {@code quarkus.redis.timeout}: a slow Redis costs a turn its history, never its answer. Made only when {@code article-chat.chat.memory=redis}: without hosts the client is inactive.
 */
@Singleton
public class RedisConversations {

    private static final String PREFIX = "article-chat:conversation:";

    /** Every rating of every conversation, one JSON record each, oldest first; kept until an operator removes it. */
    public static final String FEEDBACK = "article-chat:feedback";

    /**
     * The parts of a conversation. Another part is one more constant here, written with its own command in a batch
     * that ends with {@link #renewals} (or a script that renews every key it is given): each write renews the expiry
     * of every part.
     */
    enum Part {
        /** What the model is sent back: LangChain4j's JSON of the messages, system message left out. */
        MESSAGES("messages"),
        /** The question asked last, for rewriting a follow-up. */
        LAST_QUESTION("last-question"),
        /** The answered turns kept for export and feedback, oldest first: a list of JSON, at most transcript-turns. */
        TRANSCRIPT("transcript"),
        /** How many turns the transcript ever had: the index of the next one, whatever was trimmed. */
        TURNS("turns");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * Appends a turn to the transcript, keeps its last {@code transcript-turns}, counts it and renews every part, at
     * once: two instances recording turns of one conversation never get the same index, and a reader never sees a
     * list and a count that disagree. KEYS: the transcript, the count, then the other parts; ARGV: the turn, how
     * many are kept, the idle time-out in ms. Gives the turn's index.
     */
    private static final String RECORD = """
            local index = redis.call('INCR', KEYS[2]) - 1
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[3]) end
            return index
            """;

    /**
     * The transcript and its count, read together (see {@link #RECORD}), renewing every part as using a
     * conversation does. KEYS as for RECORD; ARGV: the idle time-out in ms. Gives {} when there is no transcript.
     */
    private static final String READ = """
            local recorded = redis.call('GET', KEYS[2])
            if not recorded then return {} end
            for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[1]) end
            return {recorded, redis.call('LRANGE', KEYS[1], 0, -1)}
            """;

    /** A transcript as stored: each turn's JSON, oldest first, and the index of the first. */
    record StoredTranscript(int firstTurn, List<String> turns) {
    }

    /** A conversation as stored: the messages, and the question asked before this turn's. */
    record Stored(List<ChatMessage> messages, Optional<String> previousQuestion) {
    }

    private final Redis redis;
    private final Duration timeout;
    private final String idleMillis;
    private final String transcriptTurns;

    public RedisConversations(Redis redis, ArticleChatConfig config,
            @ConfigProperty(name = "quarkus.redis.timeout") Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
        this.idleMillis = Long.toString(config.chat().conversationIdleTimeout().toMillis());
        this.transcriptTurns = Integer.toString(config.chat().transcriptTurns());
    }

    static String key(String conversationId, Part part) {
        return PREFIX + conversationId + ":" + part.suffix;
    }

    /** Whether any part of the conversation is still there. */
    Uni<Boolean> exists(String conversationId) {
        Request exists = Request.cmd(Command.EXISTS);
        for (Part part : Part.values()) {
            exists.arg(key(conversationId, part));
        }
        return timed(redis.send(exists)).map(count -> count.toInteger() > 0);
    }

    /** Records {@code question} as the latest and gives the conversation as it was, in one round trip. */
    Uni<Stored> begin(String conversationId, String question) {
        List<Request> batch = new ArrayList<>();
        batch.add(Request.cmd(Command.GETSET).arg(key(conversationId, Part.LAST_QUESTION)).arg(question));
        batch.add(Request.cmd(Command.GET).arg(key(conversationId, Part.MESSAGES)));
        batch.addAll(renewals(conversationId));
        return timed(redis.batch(batch)).map(replies -> new Stored(
                Optional.ofNullable(replies.get(1))
                        .map(json -> ChatMessageDeserializer.messagesFromJson(json.toString())).orElse(List.of()),
                Optional.ofNullable(replies.get(0)).map(Response::toString)));
    }

    /** Replaces the conversation's messages. */
    Uni<Void> save(String conversationId, List<ChatMessage> messages) {
        List<Request> batch = new ArrayList<>();
        batch.add(Request.cmd(Command.SET).arg(key(conversationId, Part.MESSAGES))
                .arg(ChatMessageSerializer.messagesToJson(messages)));
        batch.addAll(renewals(conversationId));
        return timed(redis.batch(batch)).replaceWithVoid();
    }

    /** Appends a turn's JSON to the conversation's transcript; gives its index. */
    Uni<Integer> record(String conversationId, String turn) {
        return timed(redis.send(script(RECORD, conversationId).arg(turn).arg(transcriptTurns).arg(idleMillis)))
                .map(Response::toInteger);
    }

    /** The conversation's transcript, if it has one. */
    Uni<Optional<StoredTranscript>> transcript(String conversationId) {
        return timed(redis.send(script(READ, conversationId).arg(idleMillis))).map(reply -> {
            if (reply.size() == 0) {
                return Optional.empty();
            }
            Response list = reply.get(1);
            List<String> turns = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                turns.add(list.get(i).toString());
            }
            return Optional.of(new StoredTranscript(reply.get(0).toInteger() - turns.size(), turns));
        });
    }

    /** EVAL of {@code script} over every part of the conversation, the transcript and its count first. */
    private static Request script(String script, String conversationId) {
        Request eval = Request.cmd(Command.EVAL).arg(script).arg(Part.values().length)
                .arg(key(conversationId, Part.TRANSCRIPT)).arg(key(conversationId, Part.TURNS));
        for (Part part : Part.values()) {
            if (part != Part.TRANSCRIPT && part != Part.TURNS) {
                eval.arg(key(conversationId, part));
            }
        }
        return eval;
    }

    /** Appends one rating's JSON to {@link #FEEDBACK}, which does not expire: ratings outlive conversations. */
    public Uni<Void> appendFeedback(String record) {
        return timed(redis.send(Request.cmd(Command.RPUSH).arg(FEEDBACK).arg(record))).replaceWithVoid();
    }

    /** Redis's answer to PING, for readiness. */
    public Uni<String> ping() {
        return timed(redis.send(Request.cmd(Command.PING))).map(Response::toString);
    }

    /** Every part expires after the idle time-out from now (a part not written yet is passed over by Redis). */
    private List<Request> renewals(String conversationId) {
        List<Request> renewals = new ArrayList<>();
        for (Part part : Part.values()) {
            renewals.add(Request.cmd(Command.PEXPIRE).arg(key(conversationId, part)).arg(idleMillis));
        }
        return renewals;
    }

    /** The client has no command time-out of its own: a Redis that stopped answering would hold an ask forever. */
    private <T> Uni<T> timed(Uni<T> call) {
        return call.ifNoItem().after(timeout)
                .failWith(() -> new IllegalStateException("no answer within " + timeout.toMillis() + " ms"));
    }
}
