package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import dev.articlechat.web.Transport.Event;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatStreamTest extends StandInTest {

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
    void aClientThatGoesAwayMidAnswerCancelsTheGeneration() throws Exception {
        ollama.script(StandInOllama.Fault.SLOW);
        byte[] body = Transport.body("When was the treaty signed?").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST /api/chat/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = reader.readLine();
            } while (line != null && !line.replace(" ", "").equals("event:token"));
            assertThat(line).as("a token before going away").isNotNull();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> ollama.abandonedStreams() == 1);
    }

    @Test
    void badInputIsA400BeforeAnyStreaming() {
        given().contentType(ContentType.JSON).body("{\"question\": \"\"}").when().post("/api/chat/stream")
                .then().statusCode(400).contentType(ContentType.JSON);
        assertThat(ollama.requests()).isEmpty();
    }
}
