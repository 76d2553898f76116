package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatStreamTest {

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    /** One server-sent event: its name and its data, parsed as JSON. */
    record Event(String name, JsonObject data) {
    }

    @BeforeEach
    void reset() {
        ollama.reset();
    }

    private static List<Event> stream(String body) {
        String text = given().contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .when().post("/api/chat/stream")
                .then().statusCode(200).contentType(containsEventStream())
                .extract().asString();
        List<Event> events = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(new Event(name, new JsonObject(data.toString())));
            }
        }
        return events;
    }

    private static String containsEventStream() {
        return "text/event-stream";
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
    void anErrorLineMidStreamEndsTheStreamWithAnErrorEvent() {
        ollama.script(StandInOllama.Fault.ERROR_MID_STREAM);
        List<Event> events = stream("{\"question\": \"When was the treaty signed?\"}");
        assertThat(events.get(0).name()).isEqualTo("token");
        Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("error");
        assertThat(last.data().getString("error")).contains("an error was encountered while running the model");
    }

    @Test
    void badInputIsA400BeforeAnyStreaming() {
        given().contentType(ContentType.JSON).body("{\"question\": \"\"}").when().post("/api/chat/stream")
                .then().statusCode(400).contentType(ContentType.JSON);
        assertThat(ollama.requests()).isEmpty();
    }
}
