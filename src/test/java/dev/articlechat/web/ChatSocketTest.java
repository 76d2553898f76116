package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatSocketTest {

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @BeforeEach
    void reset() {
        ollama.reset();
    }

    private static String tokens(List<JsonObject> frames) {
        return frames.stream().filter(f -> f.getString("type").equals("token")).map(f -> f.getString("text"))
                .collect(Collectors.joining());
    }

    @Test
    void tokensStreamInOrderThenOneDoneWithTheCheckedAnswer() throws Exception {
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("q1", "How many soldiers did North Korea send to Kursk?");
            List<JsonObject> frames = socket.untilEnd();

            assertThat(frames).allSatisfy(f -> assertThat(f.getString("id")).isEqualTo("q1"));
            assertThat(frames.subList(0, frames.size() - 1)).hasSizeGreaterThan(3)
                    .allSatisfy(f -> assertThat(f.getString("type")).isEqualTo("token"));
            JsonObject done = frames.get(frames.size() - 1);
            assertThat(done.getString("type")).isEqualTo("done");
            assertThat(done.getString("answer")).isEqualTo(tokens(frames)).contains("11 000");
            assertThat(done.getString("source")).isEqualTo("ollama");
            assertThat(done.getString("doneReason")).isEqualTo("stop");
            assertThat(done.getJsonArray("citations")).isNotEmpty();
            assertThat(done.getJsonObject("timings").getLong("firstTokenMs")).isNotNull();
        }
    }

    @Test
    void followUpsOnTheSameSocketSeeTheEarlierTurnAndTheSocketSurvivesErrors() throws Exception {
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("a", "What does Russia build over the Tumen River?");
            String first = socket.untilEnd().get(0).getString("id");
            assertThat(first).isEqualTo("a");

            socket.send("not json");
            JsonObject notJson = socket.next();
            assertThat(notJson.getString("type")).isEqualTo("error");
            assertThat(notJson.getString("error")).contains("JSON");
            socket.send("{\"type\": \"dance\", \"id\": \"x\"}");
            assertThat(socket.next().getString("error")).contains("Unknown frame type 'dance'");
            socket.send("{\"type\": \"ask\", \"id\": \"e\", \"question\": \"  \"}");
            JsonObject blank = socket.next();
            assertThat(blank.getString("id")).isEqualTo("e");
            assertThat(blank.getString("error")).contains("question");

            socket.ask("b", "How much does that project cost?");
            List<JsonObject> frames = socket.untilEnd();
            assertThat(frames.get(frames.size() - 1).getString("type")).isEqualTo("done");
            var messages = ollama.requests().get(2).getJsonArray("messages"); // after the follow-up's rewrite
            assertThat(messages.size()).isEqualTo(4);
            assertThat(messages.getJsonObject(1).getString("content"))
                    .isEqualTo("What does Russia build over the Tumen River?");
        }
    }

    @Test
    void theNextAskIsAcceptedAsSoonAsDoneArrives() throws Exception {
        try (SocketClient socket = new SocketClient(base)) {
            for (int i = 0; i < 100; i++) {
                socket.ask("n" + i, "When was the treaty signed?");
                JsonObject last = socket.end();
                assertThat(last.getString("type")).as(last.encode()).isEqualTo("done");
                assertThat(last.getString("id")).isEqualTo("n" + i);
            }
        }
    }

    @Test
    void stopEndsTheAskAndClosesTheUpstreamConnection() throws Exception {
        ollama.script(Fault.SLOW);
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("q", "How many soldiers did North Korea send to Kursk?");
            JsonObject first = socket.next();
            assertThat(first.getString("type")).isEqualTo("token");
            socket.send("{\"type\": \"stop\", \"id\": \"q\"}");
            List<JsonObject> rest = socket.untilEnd();
            JsonObject done = rest.get(rest.size() - 1);
            assertThat(done.getString("type")).isEqualTo("done");
            assertThat(done.getString("doneReason")).isEqualTo("stopped");
            assertThat(done.getString("answer")).startsWith(first.getString("text").strip());
            await().atMost(Duration.ofSeconds(5)).until(() -> ollama.abandonedStreams() == 1);

            socket.ask("next", "When was the treaty signed?");
            assertThat(socket.end().getString("type")).isEqualTo("done");
        }
    }

    @Test
    void aSecondAskWhileOneRunsIsRefusedAndClosingTheSocketCancelsTheGeneration() throws Exception {
        ollama.script(Fault.SLOW);
        SocketClient socket = new SocketClient(base);
        socket.ask("one", "How many soldiers did North Korea send to Kursk?");
        assertThat(socket.next().getString("type")).isEqualTo("token");
        socket.ask("two", "When was the treaty signed?");
        JsonObject refused = socket.next();
        while (refused.getString("type").equals("token")) {
            refused = socket.next();
        }
        assertThat(refused.getString("type")).isEqualTo("error");
        assertThat(refused.getString("id")).isEqualTo("two");
        assertThat(refused.getString("error")).contains("still streaming");
        socket.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> ollama.abandonedStreams() == 1);
    }

    @Test
    void whenOllamaFailsBeforeTheFirstTokenTheSocketGetsTheArticleAnswer() throws Exception {
        ollama.models("mistral");
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("q", "When was the treaty signed?");
            List<JsonObject> frames = socket.untilEnd();
            assertThat(frames).hasSize(1);
            assertThat(frames.get(0).getString("source")).isEqualTo("extractive");
            assertThat(frames.get(0).getString("notice")).contains("ollama pull llama3.2");
        }
    }
}
