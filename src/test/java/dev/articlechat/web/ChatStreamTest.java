package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.web.Transport.Event;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatStreamTest {

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @BeforeEach
    void reset() {
        ollama.reset();
    }

    private static List<Event> stream(String body) {
        return Transport.events(given().contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .when().post("/api/chat/stream")
                .then().statusCode(200).contentType("text/event-stream")
                .extract().asString());
    }

    @Test
    void tokensThenDoneInOrderWithTheDataOfTheWebSocketFrames() {
        List<Event> events = stream("{\"question\": \"When was the treaty signed?\"}");
        assertThat(events).hasSizeGreaterThan(3);
        Event done = events.get(events.size() - 1);
        List<Event> tokens = events.subList(0, events.size() - 1);
        assertThat(tokens).allSatisfy(e -> {
            assertThat(e.name()).isEqualTo("token");
            assertThat(e.data().getString("type")).isEqualTo("token");
        });
        assertThat(done.name()).isEqualTo("done");
        assertThat(done.data().getString("type")).isEqualTo("done");
        StringBuilder streamed = new StringBuilder();
        tokens.forEach(e -> streamed.append(e.data().getString("text")));
        assertThat(done.data().getString("answer")).isEqualTo(streamed.toString()).contains("June 2024");
        assertThat(done.data().getString("conversationId")).isNotBlank();
        assertThat(done.data().getJsonArray("citations")).isNotEmpty();
    }

    @Test
    void badInputIsA400BeforeAnyStreaming() {
        given().contentType(ContentType.JSON).body("{\"question\": \"\"}").when().post("/api/chat/stream")
                .then().statusCode(400).contentType(ContentType.JSON);
        assertThat(ollama.requests()).isEmpty();
    }
}
