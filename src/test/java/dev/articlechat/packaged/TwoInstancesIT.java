package dev.articlechat.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.redis.TestRedis;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged app, as behind a load balancer without sticky sessions, sharing one Redis and one
 * (stand-in) Ollama: a conversation started on one continues on the other, over REST and over the WebSocket, and
 * is exported and rated there.
 */
@ExtendWith(TestRedis.class)
class TwoInstancesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final String FIRST = "How many soldiers did North Korea send to Kursk?";
    private static final String FOLLOW_UP = "How many of them were killed or injured?";

    private static TestRedis redis;
    private static StandInOllama ollama;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void start() throws Exception {
        redis = TestRedis.start();
        ollama = new StandInOllama();
        Map<String, String> settings = Map.of(
                "article-chat.chat.memory", "redis",
                "quarkus.redis.hosts", redis.url(),
                "quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:" + ollama.start(),
                "article-chat.documents", Corpora.ARTICLE_FOLDER.toAbsolutePath().toString(),
                "article-chat.ingest.embedding-cache", PackagedApp.JAR.getParent().getParent().toAbsolutePath()
                        .resolve("embedding-cache").toString());
        a = PackagedApp.launch(List.of(), settings);
        b = PackagedApp.launch(List.of(), settings);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] { a, b, redis }) {
            if (closing != null) {
                closing.close();
            }
        }
        if (ollama != null) {
            ollama.stop();
        }
    }

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOtherOverRest() throws Exception {
        JsonObject first = post(a, new JsonObject().put("question", FIRST));
        String id = first.getString("conversationId");

        JsonObject second = post(b, new JsonObject().put("question", FOLLOW_UP).put("conversationId", id));

        assertThat(second.getString("conversationId")).isEqualTo(id);
        assertThat(second.getString("notice")).isNull();
        assertCarriedTheEarlierTurn(first.getString("answer"));
    }

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOtherOverTheWebSocket() throws Exception {
        JsonObject first = askOverSocket(a, new JsonObject().put("type", "ask").put("id", "1").put("question", FIRST));
        String id = first.getString("conversationId");

        JsonObject second = askOverSocket(b, new JsonObject().put("type", "ask").put("id", "1")
                .put("question", FOLLOW_UP).put("conversationId", id));

        assertThat(second.getString("conversationId")).isEqualTo(id);
        assertThat(second.getString("notice")).isNull();
        assertCarriedTheEarlierTurn(first.getString("answer"));
    }

    /** An answer given by A is exported from B, and rated on B by A's turn: both read it from Redis. */
    @Test
    void anAnswerGivenByOneInstanceIsExportedAndRatedOnTheOther() throws Exception {
        JsonObject first = post(a, new JsonObject().put("question", FIRST));
        String id = first.getString("conversationId");
        assertThat(first.getInteger("turn")).isZero();

        HttpResponse<String> exported = HTTP.send(HttpRequest.newBuilder(b.base().resolve("/api/conversations/" + id))
                .timeout(ANSWER).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        JsonObject turn = new JsonObject(exported.body()).getJsonArray("turns").getJsonObject(0);
        assertThat(turn.getInteger("turn")).isZero();
        assertThat(turn.getString("question")).isEqualTo(FIRST);
        assertThat(turn.getString("answer")).isEqualTo(first.getString("answer"));
        assertThat(turn.getJsonArray("citations")).isEqualTo(first.getJsonArray("citations"));

        HttpResponse<String> rated = HTTP.send(HttpRequest.newBuilder(b.base().resolve("/api/feedback"))
                .header("Content-Type", "application/json").timeout(ANSWER)
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("conversationId", id).put("turn", 0)
                        .put("rating", "down").put("comment", "rated on B").encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(204);
        String stored = redis.command("LINDEX", "article-chat:feedback", "-1");
        JsonObject record = new JsonObject(stored.substring(stored.indexOf('\n') + 1));
        assertThat(record.getString("conversationId")).isEqualTo(id);
        assertThat(record.getString("question")).isEqualTo(FIRST);
        assertThat(record.getString("answer")).isEqualTo(first.getString("answer"));
        assertThat(record.getString("comment")).isEqualTo("rated on B");
    }

    /** The model was last asked with the first turn (as instance A answered it) before the follow-up. */
    private static void assertCarriedTheEarlierTurn(String firstAnswer) {
        List<JsonObject> asked = ollama.answerRequests();
        List<String> messages = asked.get(asked.size() - 1).getJsonArray("messages").stream()
                .map(m -> ((JsonObject) m).getString("role") + ": " + ((JsonObject) m).getString("content"))
                .toList();
        assertThat(messages).hasSize(4);
        assertThat(messages.subList(1, 4)).containsExactly("user: " + FIRST, "assistant: " + firstAnswer,
                "user: " + FOLLOW_UP);
    }

    private static JsonObject post(PackagedApp app, JsonObject body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.base().resolve("/api/chat"))
                .header("Content-Type", "application/json").timeout(ANSWER)
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new JsonObject(response.body());
    }

    /** Sends one ask on a new socket and gives its done frame. */
    private static JsonObject askOverSocket(PackagedApp app, JsonObject ask) throws Exception {
        try (AppSocket socket = new AppSocket(app)) {
            socket.send(ask);
            long deadline = System.nanoTime() + ANSWER.toNanos();
            while (true) {
                JsonObject frame = socket.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                assertThat(frame).as("a done frame within " + ANSWER.toSeconds() + " s").isNotNull();
                assertThat(frame.getString("type")).as(frame.encode()).isNotEqualTo("error");
                if (frame.getString("type").equals("done")) {
                    return frame;
                }
            }
        }
    }
}
