package dev.articlechat.chat;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import io.quarkus.logging.Log;

/**
 * One bounded memory per conversation, kept for the AI service. Holds at most {@code max-conversations}
 * conversations (the least recently used is dropped first) and forgets one left idle for
 * {@code conversation-idle-timeout}.
 */
@Singleton
public class ConversationMemories implements ChatMemoryProvider {

    /** A conversation: what the model is sent back, the last question asked (for follow-up retrieval), last use. */
    private record Conversation(ChatMemory memory, AtomicReference<String> lastQuestion, AtomicLong lastUsed) {
    }

    private final int maxMessages;
    private final long idleNanos;
    private final LongSupplier clock;
    private final Map<Object, Conversation> conversations;
    private long nextSweep;

    @Inject
    public ConversationMemories(ArticleChatConfig config) {
        this(config.chat().memoryTurns(), config.chat().maxConversations(), config.chat().conversationIdleTimeout(),
                System::nanoTime);
    }

    ConversationMemories(int memoryTurns, int maxConversations, Duration idleTimeout, LongSupplier clock) {
        // each turn is a question and an answer; the system message (with this turn's passages) is kept apart
        this.maxMessages = 2 * memoryTurns + 1;
        this.idleNanos = idleTimeout.toNanos();
        this.clock = clock;
        this.nextSweep = clock.getAsLong() + idleNanos;
        this.conversations = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Conversation> eldest) {
                return size() > maxConversations;
            }
        });
    }

    /** A fresh conversation id; its memory is made on first use. */
    public String newConversation() {
        return UUID.randomUUID().toString();
    }

    public boolean exists(String conversationId) {
        forgetIdle();
        Conversation conversation = conversations.get(conversationId);
        return conversation != null && !isIdle(conversation, clock.getAsLong());
    }

    private boolean isIdle(Conversation conversation, long now) {
        return now - conversation.lastUsed().get() >= idleNanos;
    }

    /** How many conversations are kept now. */
    public int size() {
        return conversations.size();
    }

    /** Records {@code question} as the conversation's latest; returns the one before it, if any. */
    public Optional<String> swapLastQuestion(String conversationId, String question) {
        return Optional.ofNullable(conversation(conversationId).lastQuestion().getAndSet(question));
    }

    @Override
    public ChatMemory get(Object conversationId) {
        return conversation(conversationId).memory();
    }

    private Conversation conversation(Object conversationId) {
        forgetIdle();
        Conversation conversation = conversations.computeIfAbsent(conversationId, id -> new Conversation(
                MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build(), new AtomicReference<>(),
                new AtomicLong()));
        conversation.lastUsed().set(clock.getAsLong());
        return conversation;
    }

    /** Sweeps at most once per idle period: the map is in access order, so the idle ones come first. */
    private void forgetIdle() {
        long now = clock.getAsLong();
        synchronized (conversations) {
            if (now - nextSweep < 0) {
                return;
            }
            nextSweep = now + Math.max(idleNanos / 10, 1);
            int before = conversations.size();
            conversations.values().removeIf(c -> isIdle(c, now));
            if (conversations.size() < before) {
                Log.debugf("Forgot %d idle conversation(s)", before - conversations.size());
            }
        }
    }
}
