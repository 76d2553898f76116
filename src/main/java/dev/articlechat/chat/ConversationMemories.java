package dev.articlechat.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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

    private final int maxMessages;
    private final Map<Object, ChatMemory> memories;

    public ConversationMemories(ArticleChatConfig config) {
        // each turn is a question and an answer; the system message (with this turn's passages) is kept apart
        this.maxMessages = 2 * config.chat().memoryTurns() + 1;
        int maxConversations = config.chat().maxConversations();
        this.memories = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, ChatMemory> eldest) {
                return size() > maxConversations;
            }
        });
    }

    /** A fresh conversation id; its memory is made on first use. */
    public String newConversation() {
        return UUID.randomUUID().toString();
    }

    public boolean exists(String conversationId) {
        return memories.containsKey(conversationId);
    }

    /** Drops a conversation, as when its socket closes. */
    public void forget(String conversationId) {
        memories.remove(conversationId);
    }

    @Override
    public ChatMemory get(Object conversationId) {
        return memories.computeIfAbsent(conversationId,
                id -> MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build());
    }
}
