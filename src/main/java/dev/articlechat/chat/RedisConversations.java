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
 * turn renews them). Every call gives up after {@code quarkus.redis.timeout}: a slow Redis costs a turn its history,
 * never its answer. Made only when {@code article-chat.chat.memory=redis}: without hosts the client is inactive.
 */
@Singleton
public class RedisConversations {

    private static final String PREFIX = "article-chat:conversation:";

    /**
     * The parts of a conversation. Another part (a list of turns, say) is one more constant here, written with its
     * own command in a batch that ends with {@link #renewals}: each batch renews the expiry of every part.
     */
    enum Part {
        /** What the model is sent back: LangChain4j's JSON of the messages, system message left out. */
        MESSAGES("messages"),
        /** The question asked last, for rewriting a follow-up. */
        LAST_QUESTION("last-question");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }
    }

    /** A conversation as stored: the messages, and the question asked before this turn's. */
    record Stored(List<ChatMessage> messages, Optional<String> previousQuestion) {
    }

    private final Redis redis;
    private final Duration timeout;
    private final String idleMillis;

    public RedisConversations(Redis redis, ArticleChatConfig config,
            @ConfigProperty(name = "quarkus.redis.timeout") Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
        this.idleMillis = Long.toString(config.chat().conversationIdleTimeout().toMillis());
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
