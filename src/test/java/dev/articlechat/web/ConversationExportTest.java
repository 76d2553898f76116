package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ConversationExportTest extends StandInTest {

    static final String TREATY = "When was the treaty signed?";
    static final String KURSK = "How many soldiers did North Korea send to Kursk?";

    static JsonPath ask(String question, String conversationId) {
        JsonObject body = new JsonObject().put("question", question);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return given().contentType(ContentType.JSON).body(body.encode())
                .when().post("/api/chat").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aConversationExportsAsJsonWithEveryAnsweredTurn() {
        JsonPath first = ask(TREATY, null);
        String id = first.getString("conversationId");
        JsonPath second = ask(KURSK, id);
        assertThat(first.getInt("turn")).isZero();
        assertThat(second.getInt("turn")).isEqualTo(1);

        JsonPath export = given().get("/api/conversations/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(export.getString("conversationId")).isEqualTo(id);
        assertThat(export.getList("turns.question")).containsExactly(TREATY, KURSK);
        assertThat(export.getList("turns.turn")).containsExactly(0, 1);
        for (String field : List.of("answer", "citations", "source", "support", "timings")) {
            assertThat(export.getList("turns." + field)).as(field).doesNotContainNull();
        }
        assertThat(export.getString("turns[1].answer")).isEqualTo(second.getString("answer"));
        assertThat(export.getList("turns[1].citations.id")).isEqualTo(second.getList("citations.id"));
        assertThat(export.getList("turns[1].support")).isEqualTo(second.getList("support"));
        assertThat(export.getString("turns[0].source")).isEqualTo("ollama");
        assertThat(export.getMap("turns[0].timings")).containsKeys("retrievalMs", "totalMs");
    }

    @Test
    void asMarkdownEachCitationIsAFootnoteQuotingItsPassageAndNamingWhereItIs() {
        JsonPath answer = ask(KURSK, null);
        String id = answer.getString("conversationId");
        List<Map<String, Object>> citations = answer.getList("citations");
        assertThat(citations).isNotEmpty();

        var response = given().accept("text/markdown").get("/api/conversations/" + id)
                .then().statusCode(200).contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString("conversation-" + id + ".md")).extract();
        String markdown = response.asString();
        assertThat(given().get("/api/conversations/" + id + "?format=markdown").then().statusCode(200)
                .extract().asString()).isEqualTo(markdown);

        assertThat(markdown).startsWith("# Conversation " + id)
                .contains("## 1. How many soldiers did North Korea send to Kursk?");
        for (Map<String, Object> c : citations) {
            String label = "[^1-" + c.get("n") + "]";
            assertThat(markdown.indexOf(label)).as("the answer refers to footnote " + label)
                    .isNotNegative().isLessThan(markdown.indexOf(label + ": "));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> quotes = (List<Map<String, Object>>) c.get("quotes");
            String quoted = quotes.isEmpty() ? (String) c.get("plain") : (String) quotes.get(0).get("text");
            String footnote = markdown.lines().filter(line -> line.startsWith(label + ": ")).findFirst().orElseThrow();
            assertThat(footnote).contains(quoted.replaceAll("\\s+", " ").strip().substring(0, 40))
                    .contains("*" + c.get("document") + "*")
                    .contains(String.valueOf(c.get("section")));
        }
    }

    @Test
    void anUnknownConversationIs404WhicheverTypeIsAsked() {
        given().get("/api/conversations/no-such-conversation")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", containsString("no-such"));
        given().accept("text/markdown").get("/api/conversations/no-such-conversation")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", containsString("no-such"));
        given().get("/api/conversations/x?format=pdf")
                .then().statusCode(400).body("error", containsString("markdown or json"));
    }
}
