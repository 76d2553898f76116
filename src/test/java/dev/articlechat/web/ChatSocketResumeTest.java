package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A reloaded page opens a new socket: its ask names the conversation to continue. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatSocketResumeTest {

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @BeforeEach
    void reset() {
        ollama.reset();
    }

    private static JsonObject done(JsonObject last) {
        assertThat(last.getString("type")).as(last.encode()).isEqualTo("done");
        return last;
    }

    @Test
    void aConversationOutlivesItsSocketAndContinuesOnTheNextOne() throws Exception {
        String conversationId;
        try (SocketClient first = new SocketClient(base)) {
            first.ask("a", "What does Russia build over the Tumen River?");
            conversationId = done(first.end()).getString("conversationId");
        }
        try (SocketClient second = new SocketClient(base)) {
            second.ask("b", "How much does that project cost?", conversationId);
            assertThat(done(second.end()).getString("conversationId")).isEqualTo(conversationId);
        }
        JsonArray messages = ollama.answerRequests().get(1).getJsonArray("messages");
        assertThat(messages.size()).isEqualTo(4);
        assertThat(messages.getJsonObject(1).getString("content"))
                .isEqualTo("What does Russia build over the Tumen River?");
    }

    @Test
    void anUnknownConversationStartsAFreshOneUnderANewId() throws Exception {
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("a", "When was the treaty signed?", "forgotten-by-the-server");
            assertThat(done(socket.end()).getString("conversationId")).isNotEqualTo("forgotten-by-the-server");
        }
        assertThat(ollama.answerRequests().get(0).getJsonArray("messages").size()).isEqualTo(2);
    }
}
