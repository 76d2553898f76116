package dev.articlechat.chat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.smallrye.mutiny.Uni;

/**
 * Transcripts in this process's memory, bounded as conversations are: at most {@code max-conversations} (the least
 * recently used dropped first), each forgotten after {@code conversation-idle-timeout} unused, and at most
 * {@code transcript-turns} turns each (the oldest dropped first, the others keeping their index).
 */
@Singleton
@Typed(InMemoryTranscripts.class)
public class InMemoryTranscripts implements Transcripts {

    /** One conversation's kept turns; {@code recorded} counts every turn it ever had, so an index never moves. */
    private static final class Kept {
        final Deque<TranscriptTurn> turns = new ArrayDeque<>();
        int recorded;
        long lastUsed;
    }

    private final int maxTurns;
    private final long idleNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Kept> kept;

    @Inject
    public InMemoryTranscripts(ArticleChatConfig config) {
        this(config.chat().maxConversations(), config.chat().conversationIdleTimeout(), config.chat().transcriptTurns(),
                System::nanoTime);
    }

    InMemoryTranscripts(int maxConversations, Duration idleTimeout, int maxTurns, LongSupplier clock) {
        this.maxTurns = maxTurns;
        this.idleNanos = idleTimeout.toNanos();
        this.clock = clock;
        // access order: the least recently used comes first, and is dropped when one too many is added
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > maxConversations;
            }
        };
    }

    @Override
    public Uni<OptionalInt> record(String conversationId, TranscriptTurn turn) {
        return Uni.createFrom().item(() -> OptionalInt.of(add(conversationId, turn)));
    }

    private synchronized int add(String conversationId, TranscriptTurn turn) {
        long now = clock.getAsLong();
        Kept conversation = live(conversationId, now);
        if (conversation == null) {
            conversation = new Kept();
            kept.put(conversationId, conversation);
        }
        conversation.lastUsed = now;
        conversation.turns.addLast(turn);
        if (conversation.turns.size() > maxTurns) {
            conversation.turns.removeFirst();
        }
        return conversation.recorded++;
    }

    @Override
    public synchronized Optional<Transcript> find(String conversationId) {
        long now = clock.getAsLong();
        Kept conversation = live(conversationId, now);
        if (conversation == null) {
            return Optional.empty();
        }
        conversation.lastUsed = now;
        return Optional.of(new Transcript(conversationId, conversation.recorded - conversation.turns.size(),
                List.copyOf(conversation.turns)));
    }

    /** The conversation's transcript unless it has been idle too long, in which case it is forgotten now. */
    private Kept live(String conversationId, long now) {
        Kept conversation = kept.get(conversationId);
        if (conversation != null && now - conversation.lastUsed >= idleNanos) {
            kept.remove(conversationId);
            return null;
        }
        return conversation;
    }
}
