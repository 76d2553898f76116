package dev.articlechat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.UserMessage;

class ConversationMemoriesTest {

    private final AtomicLong now = new AtomicLong();
    private final ConversationMemories memories = new ConversationMemories(2, 3, Duration.ofMinutes(30), now::get,
            Optional.empty());

    @Test
    void aConversationLeftIdleIsForgotten() {
        // the AI service keeps the memory it got for an id: forgetting the conversation must reach it too
        var held = memories.get("a");
        held.add(UserMessage.from("first"));
        memories.get("b").messages();
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        memories.get("b").messages();
        now.addAndGet(Duration.ofMinutes(15).toNanos());

        assertThat(memories.exists("a")).isFalse();
        assertThat(memories.exists("b")).isTrue();
        assertThat(memories.size()).isEqualTo(1);
        assertThat(held.messages()).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedGoesWhenTheLimitIsReached() {
        for (String used : new String[] { "a", "b", "c", "a", "d" }) {
            memories.get(used).messages();
        }
        assertThat(memories.exists("b")).isFalse();
        assertThat(memories.exists("a")).isTrue();
        assertThat(memories.size()).isEqualTo(3);
    }

    @Test
    void memoryKeepsTheConfiguredTurns() {
        var memory = memories.get("a");
        for (int i = 0; i < 10; i++) {
            memory.add(UserMessage.from("question " + i));
        }
        assertThat(memory.messages()).hasSize(5).last().isEqualTo(UserMessage.from("question 9"));
    }

    @Test
    void aFollowUpSeesThePreviousQuestion() {
        assertThat(previous("a", "What is built over the Tumen?")).isEmpty();
        assertThat(previous("a", "How much will it cost?")).contains("What is built over the Tumen?");
    }

    private Optional<String> previous(String conversationId, String question) {
        return memories.recall(conversationId, question).await().indefinitely().previousQuestion();
    }
}
