package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** Limits per client, who may open the WebSocket, and what the server says about itself. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class LimitsAndOriginsTest {

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void reset() {
        ollama.reset();
    }

    @Test
    void oneClientGetsFourAnswersInProgressAtOnce() throws Exception {
        ollama.latency(Duration.ofSeconds(2), Duration.ofMillis(2));
        List<SocketClient> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SocketClient socket = new SocketClient(base);
                sockets.add(socket);
                socket.ask("q" + i, "When was the treaty signed?");
            }
            // the four are waiting for their first token: a fifth, by any transport, is refused
            given().contentType(ContentType.JSON).body(Transport.body("When was the treaty signed?"))
                    .when().post("/api/chat")
                    .then().statusCode(429).contentType(ContentType.JSON).body("error", containsString("limit is 4"));
            try (SocketClient fifth = new SocketClient(base)) {
                fifth.ask("q5", "When was the treaty signed?");
                JsonObject refused = fifth.next();
                assertThat(refused.getString("type")).isEqualTo("error");
                assertThat(refused.getString("error")).contains("limit is 4");
            }
            for (SocketClient socket : sockets) {
                assertThat(socket.end().getString("type")).isEqualTo("done");
            }
        } finally {
            sockets.forEach(SocketClient::close);
        }
        // the slots are given back
        assertThat(ChatResourceTest.ask("{\"question\": \"When was the treaty signed?\"}").getString("source"))
                .isEqualTo("ollama");
    }

    @Test
    void aPageOfAnotherOriginCannotOpenTheSocket() {
        assertThatThrownBy(() -> new SocketClient(base, "https://evil.example").close())
                .hasMessageContaining("403");
    }

    @Test
    void theAppsOwnPagesAndAllowedOriginsCanOpenTheSocket() throws Exception {
        String own = "http://" + base.getHost() + ":" + base.getPort();
        for (String origin : new String[] { own, "https://intranet.example" }) {
            try (SocketClient socket = new SocketClient(base, origin)) {
                socket.ask("1", "When was the treaty signed?");
                assertThat(socket.end().getString("type")).isEqualTo("done");
            }
        }
    }

    @Test
    void noCorsForOtherSitesAndNoVersionBanner() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/chat")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/article")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }
}
