package dev.articlechat.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.ollama.StandInOllama;
import io.vertx.core.json.JsonObject;

/**
 * SIGTERM while answers stream: each ends with a {@code done} that says the server is stopping, over the WebSocket
 * and SSE alike, and the process exits within {@code quarkus.shutdown.timeout}.
 */
class ShutdownIT {

    private static final StandInOllama OLLAMA = new StandInOllama();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static int ollamaPort;

    @BeforeAll
    static void startOllama() throws Exception {
        ollamaPort = OLLAMA.start();
    }

    @AfterAll
    static void stopOllama() {
        OLLAMA.stop();
    }

    @Test
    void answersInProgressEndWithADoneSayingTheServerIsStopping() throws Exception {
        // a slow model: the answers are mid-stream when the server is told to stop
        OLLAMA.latency(Duration.ofMillis(100), Duration.ofMillis(300));
        PackagedApp app = PackagedApp.ready(Map.of(
                "quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:" + ollamaPort,
                "article-chat.documents", Corpora.ARTICLE_FOLDER.toAbsolutePath().toString()));
        try {
            AppSocket socket = new AppSocket(app);
            socket.send(new JsonObject().put("type", "ask").put("id", "1")
                    .put("question", "When was the treaty signed?"));
            CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> sse = CLIENT.sendAsync(
                    HttpRequest.newBuilder(app.base().resolve("/api/chat/stream"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"question\": \"How many soldiers did North Korea send to Kursk?\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(socket.next(Duration.ofSeconds(15)).getString("type")).isEqualTo("token");
            java.util.Iterator<String> sseLines = sse.get(15, TimeUnit.SECONDS).body().iterator();
            assertThat(sseLines.next()).isEqualTo("event:token");

            long terminated = System.nanoTime();
            assertThat(app.terminate(Duration.ofSeconds(15))).as("exited after SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - terminated)).isLessThan(Duration.ofSeconds(12));

            JsonObject done = last(socket);
            assertThat(done.getString("type")).isEqualTo("done");
            assertThat(done.getString("doneReason")).isEqualTo("stopped");
            assertThat(done.getString("notice")).contains("server is stopping");
            List<String> rest = new ArrayList<>();
            sseLines.forEachRemaining(rest::add);
            assertThat(rest).contains("event:done");
            assertThat(rest.stream().filter(line -> line.startsWith("data:{\"type\":\"done\"")).findFirst())
                    .hasValueSatisfying(line -> assertThat(line).contains("server is stopping"));
        } finally {
            app.close();
        }
    }

    private static JsonObject last(AppSocket socket) throws InterruptedException {
        JsonObject last = null;
        for (JsonObject frame = socket.next(Duration.ofSeconds(5)); frame != null;
                frame = socket.next(Duration.ofMillis(500))) {
            last = frame;
        }
        assertThat(last).as("a frame after SIGTERM").isNotNull();
        return last;
    }
}
