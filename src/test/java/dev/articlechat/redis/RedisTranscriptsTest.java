package dev.articlechat.redis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.RedisConversations;
import dev.articlechat.chat.RedisTranscripts;
import dev.articlechat.chat.Timings;
import dev.articlechat.chat.Transcript;
import dev.articlechat.chat.TranscriptTurn;
import dev.articlechat.chat.Transcripts;
import dev.articlechat.chat.Usage;
import dev.articlechat.feedback.DraftCases;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * With {@code chat.memory=redis}, transcripts (export, feedback's turns) and ratings are kept in Redis too, so that
 * any instance exports or takes a rating of what another one answered; and Redis down is a 503, never a 500.
 */
@QuarkusTest
@ExtendWith(TestRedis.class)
@WithTestResource(StandInOllamaResource.class)
@WithTestResource(RedisResource.class)
class RedisTranscriptsTest {

    private static final String PREFIX = "article-chat:conversation:";
    private static final String KURSK = "How many soldiers did North Korea send to Kursk?";

    /** A turn as another instance keeps it: the JSON of its TranscriptTurn, a citation's plain text a string. */
    private static final String ELSEWHERE = """
            {"question":"When was the treaty signed?","answer":{"conversationId":"%s",\
            "answer":"It was signed in June 2024. [1]","citations":[{"n":1,"id":"p05",\
            "document":"russia-and-north-korea-the-renewed-comradery.txt","section":"Treaty","headings":["Treaty"],\
            "text":"In June 2024, Russia and North Korea signed the *treaty*.",\
            "plain":"In June 2024, Russia and North Korea signed the treaty.","start":10,"end":67,"score":0.7,\
            "quotes":[]}],"support":[{"start":0,"end":31,"cites":[1],"supported":true}],"source":"ollama",\
            "model":"llama3.2","doneReason":"stop","timings":{"retrievalMs":3,"firstTokenMs":400,"totalMs":1200,\
            "queuedMs":0},"usage":{"promptTokens":700,"answerTokens":12},"retrieved":["p05"]}}""";

    private final TestRedis redis = RedisResource.redis();

    @Inject
    RedisTranscripts transcripts;

    @Inject
    Transcripts chosen;

    private static io.restassured.response.ValidatableResponse rate(String id, int turn, String rating,
            String comment) {
        return given().contentType(ContentType.JSON).body("{\"conversationId\": \"" + id + "\", \"turn\": " + turn
                + ", \"rating\": \"" + rating + "\", \"comment\": \"" + comment + "\"}")
                .when().post("/api/feedback").then();
    }

    private List<String> feedback() throws Exception {
        String reply = redis.command("LRANGE", RedisConversations.FEEDBACK, "0", "-1");
        return reply.lines().skip(1).toList();
    }

    @Test
    void answeredTurnsAreKeptInRedisNumberedAndExpiringWithTheirConversation() throws Exception {
        assertThat(chosen).as("chat.memory=redis chooses Redis for transcripts").isSameAs(transcripts);
        JsonPath first = RedisMemoryTest.ask(KURSK, null);
        String id = first.getString("conversationId");
        JsonPath second = RedisMemoryTest.ask("How many of them were killed or injured?", id);

        assertThat(first.getInt("turn")).isZero();
        assertThat(second.getInt("turn")).isEqualTo(1);
        assertThat(redis.command("LLEN", PREFIX + id + ":transcript")).isEqualTo(":2");
        assertThat(redis.command("GET", PREFIX + id + ":turns")).endsWith("\n2");
        for (String part : List.of("transcript", "turns")) {
            long ttl = Long.parseLong(redis.command("PTTL", PREFIX + id + ":" + part).substring(1));
            assertThat(ttl).as(part).isPositive().isLessThanOrEqualTo(30 * 60 * 1000);
        }
        given().get("/api/conversations/" + id).then().statusCode(200)
                .body("turns.turn", contains(0, 1))
                .body("turns[0].question", equalTo(KURSK))
                .body("turns[0].answer", equalTo(first.getString("answer")));
    }

    /** Beyond transcript-turns (50) the oldest are dropped, and the others keep the index they were given. */
    @Test
    void aLongTranscriptKeepsItsLastTurnsWithTheirIndex() {
        String id = "long-1";
        for (int i = 0; i < 53; i++) {
            int index = transcripts.record(id, turn(id, "question " + i)).await().indefinitely().orElseThrow();
            assertThat(index).isEqualTo(i);
        }
        Transcript transcript = transcripts.find(id).orElseThrow();
        assertThat(transcript.firstTurn()).isEqualTo(3);
        assertThat(transcript.turns()).hasSize(50);
        assertThat(transcript.turn(52).orElseThrow().question()).isEqualTo("question 52");
        assertThat(transcript.turn(2)).isEmpty();
    }

    private static TranscriptTurn turn(String id, String question) {
        return new TranscriptTurn(question, new ChatAnswer(id, "Not in the documents.", List.of(), List.of(),
                ChatAnswer.Source.none, null, null, "stop", new Timings(1, null, 2, 0), Usage.NONE, List.of(), null));
    }

    /**
     * A conversation that another instance answered (its keys written here as it would write them) is exported and
     * rated here; the rating goes to Redis, and the documented redis-cli export feeds DraftCases.
     */
    @Test
    void aConversationAnsweredElsewhereIsExportedAndRatedHereAndItsRatingBecomesADraft() throws Exception {
        String id = "answered-elsewhere-1";
        redis.command("RPUSH", PREFIX + id + ":transcript", ELSEWHERE.formatted(id));
        // its sixth turn: five were recorded and dropped before it
        redis.command("SET", PREFIX + id + ":turns", "6");

        given().get("/api/conversations/" + id).then().statusCode(200)
                .body("turns.turn", contains(5))
                .body("turns[0].citations[0].plain",
                        equalTo("In June 2024, Russia and North Korea signed the treaty."));
        given().accept("text/markdown").get("/api/conversations/" + id).then().statusCode(200)
                .body(containsString("## 6. When was the treaty signed?"))
                .body(containsString("[^6-1]: “In June 2024, Russia and North Korea signed the treaty.”"));

        rate(id, 4, "down", "x").statusCode(400).body("error", containsString("turns 5 to 5"));
        int before = feedback().size();
        rate(id, 5, "down", "Which day in June?\\nIt does not say.").statusCode(204);

        List<String> stored = feedback();
        assertThat(stored).hasSize(before + 1);
        JsonNode record = new ObjectMapper().readTree(stored.get(stored.size() - 1));
        assertThat(record.get("conversationId").asText()).isEqualTo(id);
        assertThat(record.get("turn").asInt()).isEqualTo(5);
        assertThat(record.get("question").asText()).isEqualTo("When was the treaty signed?");
        assertThat(record.get("citations").get(0).get("plain").asText())
                .isEqualTo("In June 2024, Russia and North Korea signed the treaty.");
        assertThat(redis.command("PTTL", RedisConversations.FEEDBACK)).as("ratings never expire").isEqualTo(":-1");

        // the README's export: one JSON record a line, as DraftCases reads feedback.jsonl
        Path folder = Files.createTempDirectory(Path.of("target"), "redis-feedback");
        Path jsonl = folder.resolve("feedback.jsonl");
        Process cli = new ProcessBuilder("redis-cli", "-p", Integer.toString(redis.port()), "--raw", "LRANGE",
                RedisConversations.FEEDBACK, "0", "-1").redirectOutput(jsonl.toFile()).start();
        assertThat(cli.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).isZero();
        Path drafts = folder.resolve("drafts.yaml");
        DraftCases.main(new String[] {jsonl.toString(), drafts.toString()});
        assertThat(Files.readString(drafts, StandardCharsets.UTF_8))
                .contains("- name: \"feedback-answered-5\"")
                .contains("- question: \"When was the treaty signed?\"")
                .contains("comment: \"Which day in June?\\nIt does not say.\"");
    }

    /** Redis stops: answers still come (without a turn to rate), export and feedback say Redis is down: 503. */
    @Test
    void whenRedisIsDownAnswersGoOnAndExportAndFeedbackAre503() throws Exception {
        JsonPath first = RedisMemoryTest.ask(KURSK, null);
        String id = first.getString("conversationId");
        redis.stop();
        try {
            JsonPath answer = RedisMemoryTest.ask("How many of them were killed or injured?", id);
            assertThat(answer.getString("source")).isEqualTo("ollama");
            assertThat(answer.getString("answer")).isNotBlank();
            assertThat(answer.getMap("$")).doesNotContainKey("turn");

            given().get("/api/conversations/" + id).then().statusCode(503)
                    .body("error", containsString("Redis")).body("error", containsString("quarkus.redis.hosts"));
            rate(id, 0, "up", "good").statusCode(503)
                    .body("error", containsString("Redis")).body("error", containsString("Try again"));
        } finally {
            redis.restart();
        }
    }
}
