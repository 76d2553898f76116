package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Behind a trusted reverse proxy (here, loopback), per-client limits count the readers the proxy forwards for, not
 * the proxy: the README's settings, with a limit of one answer per client to show it.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(ProxyTest.BehindProxy.class)
class ProxyTest extends StandInTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "article-chat.chat.max-concurrent-asks-per-client", "1");
        }
    }

    private static final String QUESTION = "When was the treaty signed?";

    @Test
    void readersBehindTheProxyEachHaveTheirOwnLimit() throws Exception {
        ollama.latency(Duration.ofSeconds(3), Duration.ofMillis(1));
        given().when().get("/q/health/ready").then().statusCode(200); // REST client warmed up: its first call is slow
        try (SocketClient reader = SocketClient.forwardedFor(base, "203.0.113.7");
                SocketClient other = SocketClient.forwardedFor(base, "203.0.113.8")) {
            reader.ask("a", QUESTION);
            other.ask("b", QUESTION);
            awaitAnswerRequests(2); // both answers in progress: a frame sent is not yet an ask counted
            // the same reader again, by REST: its one answer is in progress
            given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.7")
                    .body(Transport.body(QUESTION))
                    .when().post("/api/chat")
                    .then().statusCode(429).body("error", containsString("limit is 1"));
            assertThat(reader.end().getString("source")).isEqualTo("ollama");
            assertThat(other.end().getString("source")).isEqualTo("ollama");
        }
    }
}
