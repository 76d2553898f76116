package dev.articlechat.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;

/**
 * One bounded memory per conversation, kept for the AI service. Holds at most {@code max-conversations}
 * conversations; the least recently used one is dropped first.
 */
@Singleton
public class ConversationMemories implements ChatMemoryProvider {

    /** A conversation: what the model is sent back, and the last question asked (for follow-up retrieval). */
    private record Conversation(ChatMemory memory, AtomicReference<String> lastQuestion) {
    }

    private final int maxMessages;
    private final Map<Object, Conversation> conversations;

    public ConversationMemories(ArticleChatConfig config) {
        // each turn is a question and an answer; the system message (with this turn's passages) is kept apart
        this.maxMessages = 2 * config.chat().memoryTurns() + 1;
        int maxConversations = config.chat().maxConversations();
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
        return conversations.containsKey(conversationId);
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
        return conversations.computeIfAbsent(conversationId, id -> new Conversation(
                MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build(), new AtomicReference<>()));
    }
}
