package dev.articlechat.chat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
    }

    private final int maxTurns;
    private final KeptConversations<Kept> kept;

    @Inject
    public InMemoryTranscripts(ArticleChatConfig config) {
        this(config.chat().maxConversations(), config.chat().conversationIdleTimeout(), config.chat().transcriptTurns(),
                System::nanoTime);
    }

    InMemoryTranscripts(int maxConversations, Duration idleTimeout, int maxTurns, LongSupplier clock) {
        this.maxTurns = maxTurns;
        this.kept = new KeptConversations<>(maxConversations, idleTimeout, clock);
    }

    @Override
    public Uni<OptionalInt> record(String conversationId, TranscriptTurn turn) {
        return Uni.createFrom().item(() -> OptionalInt.of(add(conversationId, turn)));
    }

    private synchronized int add(String conversationId, TranscriptTurn turn) {
        Kept conversation = kept.use(conversationId, Kept::new);
        conversation.turns.addLast(turn);
        if (conversation.turns.size() > maxTurns) {
            conversation.turns.removeFirst();
        }
        return conversation.recorded++;
    }

    @Override
    public synchronized Optional<Transcript> find(String conversationId) {
        return kept.find(conversationId).map(conversation -> new Transcript(conversationId,
                conversation.recorded - conversation.turns.size(), List.copyOf(conversation.turns)));
    }
}
