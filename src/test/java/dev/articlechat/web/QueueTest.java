package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** The fair queue in front of Ollama, seen by readers: one generation at a time here, and room for two waiting. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(QueueTest.OneAtATime.class)
class QueueTest extends StandInTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("article-chat.ollama.parallel", "1", "article-chat.ollama.max-queue", "2");
        }
    }

    private static final String QUESTION = "When was the treaty signed?";

    @Test
    void askersWaitInTurnAreToldTheirPlaceAndHearHowLongTheyWaited() throws Exception {
        ollama.latency(Duration.ofMillis(600), Duration.ofMillis(1));
        try (SocketClient first = new SocketClient(base); SocketClient second = new SocketClient(base);
                SocketClient third = new SocketClient(base)) {
            first.ask("a", QUESTION);
            awaitAnswerRequests(1);
            second.ask("b", QUESTION);
            assertThat(second.next().getMap()).containsEntry("type", "queued").containsEntry("position", 0);
            third.ask("c", QUESTION);
            List<JsonObject> thirdFrames = third.untilEnd();

            assertThat(first.end().getString("source")).isEqualTo("ollama");
            JsonObject secondDone = second.end();
            assertThat(secondDone.getString("source")).isEqualTo("ollama");
            assertThat(secondDone.getJsonObject("timings").getLong("queuedMs")).isGreaterThanOrEqualTo(300);
            assertThat(thirdFrames.stream().filter(f -> f.getString("type").equals("queued"))
                    .map(f -> f.getInteger("position"))).containsExactly(1, 0);
            assertThat(thirdFrames.get(thirdFrames.size() - 1).getString("source")).isEqualTo("ollama");
        }
    }

    @Test
    void stopWhileQueuedEndsTheAskAtOnceAndTheModelNeverSeesIt() throws Exception {
        ollama.latency(Duration.ofSeconds(2), Duration.ofMillis(1));
        try (SocketClient first = new SocketClient(base); SocketClient second = new SocketClient(base)) {
            first.ask("a", QUESTION);
            awaitAnswerRequests(1);
            second.ask("b", QUESTION);
            assertThat(second.next().getString("type")).isEqualTo("queued");
            long stopped = System.nanoTime();
            second.send("{\"type\": \"stop\", \"id\": \"b\"}");
            JsonObject done = second.end();
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(1));
            assertThat(done.getString("doneReason")).isEqualTo("stopped");
            first.end();
        }
        assertThat(ollama.answerRequests()).hasSize(1);
    }

    @Test
    void aFullQueueSaysBusyWithRetryAfterWhileRefusalsNeverWait() throws Exception {
        // under the first-token time-out (5 s in tests), so that the first generation holds its slot throughout
        ollama.latency(Duration.ofSeconds(4), Duration.ofMillis(1));
        given().when().get("/q/health/ready").then().statusCode(200); // REST client warmed up: its first call is slow
        try (SocketClient first = new SocketClient(base); SocketClient second = new SocketClient(base);
                SocketClient third = new SocketClient(base); SocketClient fourth = new SocketClient(base)) {
            first.ask("a", QUESTION);
            awaitAnswerRequests(1);
            second.ask("b", QUESTION);
            third.ask("c", QUESTION);
            assertThat(second.next().getString("type")).isEqualTo("queued");
            assertThat(third.next().getString("type")).isEqualTo("queued");

            fourth.ask("d", QUESTION);
            JsonObject refused = fourth.end();
            assertThat(refused.getString("type")).as(refused.encode()).isEqualTo("error");
            assertThat(refused.getString("error")).contains("busy");
            given().contentType(ContentType.JSON).body(Transport.body(QUESTION))
                    .when().post("/api/chat")
                    .then().statusCode(503).header("Retry-After", "30").body("error", containsString("busy"));
            // an off-topic question is refused without a model, so it never queues
            assertThat(ChatResourceTest.ask("{\"question\": \"How do I bake sourdough bread?\"}").getString("source"))
                    .isEqualTo("none");
            // stopped, the three end at once, the waiting ones without reaching the model
            for (SocketClient socket : List.of(third, second, first)) {
                socket.send("{\"type\": \"stop\"}");
                assertThat(socket.end().getString("doneReason")).isEqualTo("stopped");
            }
            assertThat(ollama.answerRequests()).hasSize(1);
        }
    }
}
