package dev.articlechat.redis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.articlechat.chat.ConversationMemories;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.UserMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Conversations kept in a real Redis ({@code article-chat.chat.memory=redis}), and what happens when it goes away. */
@QuarkusTest
@ExtendWith(TestRedis.class)
@WithTestResource(StandInOllamaResource.class)
@WithTestResource(RedisResource.class)
class RedisMemoryTest {

    private static final String PREFIX = "article-chat:conversation:";
    private final StandInOllama ollama = StandInOllamaResource.ollama();
    private final TestRedis redis = RedisResource.redis();

    @AfterEach
    void reset() {
        ollama.reset();
    }

    static JsonPath ask(String question, String conversationId) {
        JsonObject body = new JsonObject().put("question", question);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return given().contentType(ContentType.JSON).body(body.encode()).when().post("/api/chat")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The roles and contents the model was last asked with. */
    private List<String> lastAnswerRequest() {
        JsonArray messages = ollama.answerRequests().get(ollama.answerRequests().size() - 1).getJsonArray("messages");
        return messages.stream().map(m -> ((JsonObject) m).getString("role") + ": "
                + ((JsonObject) m).getString("content")).toList();
    }

    @Test
    void aConversationIsKeptUnderItsNamespaceAndExpiresAfterTheIdleTimeOut() throws Exception {
        String id = ask("How many soldiers did North Korea send to Kursk?", null).getString("conversationId");

        assertThat(redis.command("KEYS", PREFIX + id + ":*").lines().skip(1))
                .containsExactlyInAnyOrder(PREFIX + id + ":messages", PREFIX + id + ":last-question",
                        PREFIX + id + ":transcript", PREFIX + id + ":turns");
        assertThat(redis.command("GET", PREFIX + id + ":last-question"))
                .endsWith("\nHow many soldiers did North Korea send to Kursk?");
        // what the model is sent back: the turn, without this turn's passages (the system message)
        assertThat(redis.command("GET", PREFIX + id + ":messages"))
                .contains("How many soldiers did North Korea send to Kursk?").doesNotContain("\"SYSTEM\"");
        for (String part : List.of("messages", "last-question", "transcript", "turns")) {
            long ttl = Long.parseLong(redis.command("PTTL", PREFIX + id + ":" + part).substring(1));
            assertThat(ttl).as(part).isPositive().isLessThanOrEqualTo(30 * 60 * 1000);
        }
    }

    /** What another instance left in Redis is continued here: REST knows the id, and the model gets the turn. */
    @Test
    void aConversationAnotherInstanceStartedIsContinued() throws Exception {
        String id = "started-elsewhere-1";
        redis.command("SET", PREFIX + id + ":messages", ChatMessageSerializer.messagesToJson(List.of(
                UserMessage.from("How many soldiers did North Korea send to Kursk?"),
                AiMessage.from("North Korea sent about 11,000 soldiers to Kursk. [1]"))));
        redis.command("SET", PREFIX + id + ":last-question", "How many soldiers did North Korea send to Kursk?");

        JsonPath answer = ask("How many of them were killed or injured?", id);

        assertThat(answer.getString("conversationId")).isEqualTo(id);
        assertThat(answer.getString("notice")).isNull();
        assertThat(lastAnswerRequest()).hasSize(4).element(1)
                .isEqualTo("user: How many soldiers did North Korea send to Kursk?");
        assertThat(lastAnswerRequest()).element(2)
                .isEqualTo("assistant: North Korea sent about 11,000 soldiers to Kursk. [1]");
    }

    @Test
    void anIdRedisDoesNotHaveIsUnknown() {
        given().contentType(ContentType.JSON).body("{\"question\": \"Why?\", \"conversationId\": \"never-started\"}")
                .when().post("/api/chat").then().statusCode(404);
    }

    /** A Redis that stops answering (frozen) holds an ask no longer than its time-outs: it is answered, saying why. */
    @Test
    void aRedisThatDoesNotAnswerDoesNotHoldTheAsk() throws Exception {
        String id = ask("How many soldiers did North Korea send to Kursk?", null).getString("conversationId");
        redis.pause();
        try {
            JsonPath answer = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> ask("How many of them were killed or injured?", id));
            assertThat(answer.getString("source")).isEqualTo("ollama");
            assertThat(answer.getString("notice")).isEqualTo(ConversationMemories.FORGOTTEN);
        } finally {
            redis.resume();
        }
    }

    /**
     * Redis stops: readiness says so, and an ask is still answered, without its history and saying why; once Redis
     * is back (empty: it persisted nothing), a new conversation is remembered again, without a restart.
     */
    @Test
    void whenRedisIsDownAnswersGoOnWithoutHistoryAndMemoryComesBack() throws Exception {
        String id = ask("How many soldiers did North Korea send to Kursk?", null).getString("conversationId");
        redis.stop();
        try {
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'redis' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'article' }.status", equalTo("UP"));

            JsonPath answer = ask("How many of them were killed or injured?", id);
            assertThat(answer.getString("conversationId")).isEqualTo(id);
            assertThat(answer.getString("source")).isEqualTo("ollama");
            assertThat(answer.getString("notice")).isEqualTo(ConversationMemories.FORGOTTEN);
            assertThat(lastAnswerRequest()).hasSize(2).last()
                    .isEqualTo("user: How many of them were killed or injured?");
        } finally {
            redis.restart();
        }

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'redis' }.status", equalTo("UP"));
        String again = ask("How many soldiers did North Korea send to Kursk?", null).getString("conversationId");
        JsonPath followUp = ask("How many of them were killed or injured?", again);
        assertThat(followUp.getString("notice")).isNull();
        assertThat(lastAnswerRequest()).hasSize(4).element(1)
                .isEqualTo("user: How many soldiers did North Korea send to Kursk?");
    }
}
