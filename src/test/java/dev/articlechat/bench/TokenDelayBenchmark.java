package dev.articlechat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.vertx.core.json.JsonObject;

/**
 * How long a token takes from the stand-in Ollama writing it to a WebSocket client receiving it. Both ends run
 * in this JVM, so their {@code System.nanoTime()} readings compare. Not part of the normal test run:
 * {@code ./mvnw test -Dtest=TokenDelayBenchmark}. Writes {@code target/benchmarks/token-delay.txt}.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class TokenDelayBenchmark {

    private static final int WARM_UP = 20;
    private static final int ASKS = 100;

    @TestHTTPResource("/")
    URI base;

    @Test
    void tokenDelayFromOllamaToWebSocketClient() throws Exception {
        StandInOllama ollama = StandInOllamaResource.ollama();
        List<Long> delays = new ArrayList<>();
        List<Long> received = new CopyOnWriteArrayList<>();
        List<JsonObject> frames = new CopyOnWriteArrayList<>();
        var connection = BasicWebSocketConnector.create().baseUri(base).path("/ws/chat")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, message) -> {
                    long now = System.nanoTime();
                    JsonObject frame = new JsonObject(message);
                    if (frame.getString("type").equals("token")) {
                        received.add(now);
                    }
                    frames.add(frame);
                })
                .connectAndAwait();
        String[] questions = { "How many soldiers did North Korea send to Kursk?", "When was the treaty signed?",
                "What does the rail bridge over the Tumen River aim at?" };
        for (int i = 0; i < WARM_UP + ASKS; i++) {
            ollama.reset();
            received.clear();
            frames.clear();
            connection.sendTextAndAwait(new JsonObject().put("type", "ask").put("id", "a" + i)
                    .put("question", questions[i % questions.length]).encode());
            long deadline = System.currentTimeMillis() + 10_000;
            while (frames.stream().noneMatch(f -> !f.getString("type").equals("token"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(1);
            }
            List<Long> sent = ollama.tokenSentNanos();
            assertThat(received).hasSameSizeAs(sent);
            if (i >= WARM_UP) {
                for (int t = 0; t < sent.size(); t++) {
                    delays.add(received.get(t) - sent.get(t));
                }
            }
        }
        connection.closeAndAwait();
        Collections.sort(delays);
        String report = "token delay, stand-in write -> WebSocket client receive, %d tokens over %d asks: "
                .formatted(delays.size(), ASKS)
                + "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n".formatted(ms(delays, 0.5), ms(delays, 0.9),
                        ms(delays, 0.99), delays.get(delays.size() - 1) / 1e6);
        System.out.print(report);
        write(report);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }

    private static void write(String report) throws IOException {
        Path out = Path.of("target/benchmarks/token-delay.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
