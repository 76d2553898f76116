package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.feedback.FeedbackLog;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class FeedbackTest extends StandInTest {

    /** Where the test profile keeps ratings ({@code %test.article-chat.feedback.folder}). */
    static final Path FILE = Path.of("target", "feedback", FeedbackLog.FILE_NAME);

    private static String conversation;

    /** One conversation of two answered turns, for every test of this class. */
    private static String conversation() {
        if (conversation == null) {
            conversation = ConversationExportTest.ask(ConversationExportTest.TREATY, null).getString("conversationId");
            ConversationExportTest.ask(ConversationExportTest.KURSK, conversation);
        }
        return conversation;
    }

    static List<JsonNode> stored() throws Exception {
        if (!Files.exists(FILE)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/feedback").then();
    }

    @Test
    void aRatingIsStoredWithTheQuestionTheAnswerItsCitationsAndSupport() throws Exception {
        String id = conversation();
        JsonPath exported = given().get("/api/conversations/" + id).then().statusCode(200).extract().jsonPath();
        int before = stored().size();

        post("{\"conversationId\": \"" + id + "\", \"turn\": 1, \"rating\": \"down\", "
                + "\"comment\": \"  The number is right but \\u0007the place is missing. \"}").statusCode(204);

        List<JsonNode> records = stored();
        assertThat(records).hasSize(before + 1);
        JsonNode record = records.get(records.size() - 1);
        assertThat(record.get("conversationId").asText()).isEqualTo(id);
        assertThat(record.get("turn").asInt()).isEqualTo(1);
        assertThat(record.get("rating").asText()).isEqualTo("down");
        assertThat(record.get("comment").asText()).isEqualTo("The number is right but the place is missing.");
        assertThat(record.get("question").asText()).isEqualTo(ConversationExportTest.KURSK);
        assertThat(record.get("earlierQuestions").get(0).asText()).isEqualTo(ConversationExportTest.TREATY);
        assertThat(record.get("answer").asText()).isEqualTo(exported.getString("turns[1].answer"));
        assertThat(record.get("citations").size()).isEqualTo(exported.getList("turns[1].citations").size())
                .isPositive();
        assertThat(record.get("citations").get(0).get("plain").asText())
                .isEqualTo(exported.getString("turns[1].citations[0].plain"));
        assertThat(record.get("support").size()).isEqualTo(exported.getList("turns[1].support").size());
        assertThat(record.get("source").asText()).isEqualTo("ollama");
        assertThat(java.time.Instant.parse(record.get("timestamp").asText())).isBeforeOrEqualTo(java.time.Instant.now());

        // a thumbs up alone, without a comment
        post("{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"up\"}").statusCode(204);
        JsonNode up = stored().get(before + 1);
        assertThat(up.get("rating").asText()).isEqualTo("up");
        assertThat(up.has("comment")).isFalse();
        assertThat(up.get("question").asText()).isEqualTo(ConversationExportTest.TREATY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no body                      | null                                                      | JSON body
            an array                     | []                                                        | JSON
            malformed JSON               | {"turn": 0,                                               | not valid JSON
            unknown conversation         | {"conversationId": "nope", "turn": 0, "rating": "up"}     | Unknown conversationId 'nope'
            missing conversation         | {"turn": 0, "rating": "up"}                               | 'conversationId' is required
            conversation not a string    | {"conversationId": 7, "turn": 0, "rating": "up"}          | 'conversationId' must be a string
            turn past the last           | {"conversationId": "ID", "turn": 2, "rating": "up"}       | turns 0 to 1
            negative turn                | {"conversationId": "ID", "turn": -1, "rating": "up"}      | 'turn' -1 is not an answer
            missing turn                 | {"conversationId": "ID", "rating": "up"}                  | 'turn' is required
            turn as a string             | {"conversationId": "ID", "turn": "0", "rating": "up"}     | 'turn' must be a whole number
            turn with a fraction         | {"conversationId": "ID", "turn": 0.5, "rating": "up"}     | 'turn' must be a whole number
            turn as true                 | {"conversationId": "ID", "turn": true, "rating": "up"}    | 'turn' must be a whole number
            rating neither up nor down   | {"conversationId": "ID", "turn": 0, "rating": "meh"}      | "up" or "down", not "meh"
            missing rating               | {"conversationId": "ID", "turn": 0}                       | 'rating' is required
            rating not a string          | {"conversationId": "ID", "turn": 0, "rating": 1}          | 'rating' must be a string
            comment not a string         | {"conversationId": "ID", "turn": 0, "rating": "up", "comment": ["x"]} | 'comment' must be a string
            """)
    void badInputIs400NamingWhatIsWrongAndStoresNothing(String row, String body, String says) throws Exception {
        int before = stored().size();
        post(body.replace("ID", conversation())).statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString(says));
        assertThat(stored()).as(row).hasSize(before);
    }

    @Test
    void aCommentOverTheLimitIs400() throws Exception {
        int before = stored().size();
        post("{\"conversationId\": \"" + conversation() + "\", \"turn\": 0, \"rating\": \"down\", \"comment\": \""
                + "x".repeat(2001) + "\"}").statusCode(400).body("error", containsString("the limit is 2000"));
        post("{\"conversationId\": \"" + conversation() + "\", \"turn\": 0, \"rating\": \"down\", \"comment\": \""
                + "x".repeat(2000) + "\"}").statusCode(204);
        assertThat(stored()).hasSize(before + 1);
    }

    @Test
    void anUnwritableFileIs503SayingWhichFolderAndTheServerGoesOn() throws Exception {
        String id = ConversationExportTest.ask(ConversationExportTest.TREATY, null).getString("conversationId");
        Path moved = FILE.resolveSibling("feedback.jsonl.kept");
        boolean existed = Files.exists(FILE);
        if (existed) {
            Files.move(FILE, moved);
        }
        // a folder where the file should be: not writable, even by root
        Files.createDirectories(FILE);
        try {
            post("{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"up\"}").statusCode(503)
                    .contentType(ContentType.JSON)
                    .body("error", containsString(FILE.toAbsolutePath().getParent().toString()))
                    .body("error", containsString("article-chat.feedback.folder"));
            ConversationExportTest.ask("Who signed the treaty?", id);
        } finally {
            Files.delete(FILE);
            if (existed) {
                Files.move(moved, FILE);
            }
        }
        post("{\"conversationId\": \"" + id + "\", \"turn\": 1, \"rating\": \"up\"}").statusCode(204);
    }
}
