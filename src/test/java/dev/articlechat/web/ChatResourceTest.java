package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ChatResourceTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @BeforeEach
    void reset() {
        ollama.reset();
    }

    static JsonPath ask(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/chat")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    static String article() throws Exception {
        return Corpora.article();
    }

    /** Every [n] of the answer has its citation, no other is listed, and each (and each quote) cites the article exactly. */
    @SuppressWarnings("unchecked")
    static void assertCitationsValid(JsonPath answer) throws Exception {
        String source = article();
        TreeSet<Integer> used = new TreeSet<>();
        Matcher m = MARKER.matcher(answer.getString("answer"));
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        List<Map<String, Object>> citations = answer.getList("citations");
        assertThat(citations).extracting(c -> (Integer) c.get("n")).containsExactlyInAnyOrderElementsOf(used);
        for (Map<String, Object> c : citations) {
            int start = (Integer) c.get("start");
            int end = (Integer) c.get("end");
            assertThat(source.substring(start, end)).isEqualTo(c.get("text"));
            assertThat(c.get("id")).asString().matches("p\\d{2,}");
            assertThat(((Number) c.get("score")).doubleValue()).isPositive();
            for (Map<String, Object> quote : (List<Map<String, Object>>) c.get("quotes")) {
                // the quote as the answer shows it: line breaks in the source are spaces there
                assertThat(source.substring((Integer) quote.get("start"), (Integer) quote.get("end")))
                        .isEqualToNormalizingWhitespace((String) quote.get("text"));
            }
        }
    }

    @Test
    void answersFromTheModelWithCitationsThatPointIntoTheArticle() throws Exception {
        JsonPath answer = ask("{\"question\": \"When was the treaty signed?\"}");
        assertThat(answer.getString("source")).isEqualTo("ollama");
        assertThat(answer.getString("answer")).contains("June 2024").containsPattern("\\[\\d+]");
        assertThat(answer.getString("conversationId")).isNotBlank();
        assertThat(answer.getString("model")).isEqualTo("llama3.2");
        assertThat(answer.getString("doneReason")).isEqualTo("stop");
        assertThat(answer.getLong("timings.totalMs")).isGreaterThanOrEqualTo(answer.getLong("timings.firstTokenMs"));
        assertThat(answer.getInt("usage.promptTokens")).isPositive();
        assertThat(answer.getList("citations")).isNotEmpty();
        assertCitationsValid(answer);

        // what the model was sent: the configured model, temperature 0, the passages numbered in delimiters
        JsonObject sent = ollama.requests().get(0);
        assertThat(sent.getString("model")).isEqualTo("llama3.2");
        assertThat(sent.getBoolean("stream")).isTrue();
        assertThat(sent.getJsonObject("options").getDouble("temperature")).isZero();
        String system = sent.getJsonArray("messages").getJsonObject(0).getString("content");
        assertThat(system).contains("<<<PASSAGES\n[1] (").contains("PASSAGES>>>").contains("In June 2024");
    }

    /** Only what is off-topic is refused before the model: a near-topic question is the model's to answer or refuse. */
    @Test
    void aNearTopicQuestionGoesToTheModel() {
        JsonPath answer = ask("{\"question\": \"When will the Tumen River bridge open to traffic?\"}");
        assertThat(ollama.requests()).hasSize(1);
        assertThat(answer.getList("retrieved", String.class)).contains("p11");
    }

    @Test
    void anOffTopicQuestionIsRefusedWithoutAskingTheModel() {
        JsonPath answer = ask("{\"question\": \"What is a good recipe for pancakes?\"}");
        assertThat(answer.getString("source")).isEqualTo("none");
        assertThat(answer.getString("answer")).isEqualTo("The documents do not say.");
        assertThat(answer.getList("citations")).isEmpty();
        assertThat(ollama.requests()).isEmpty();
    }

    /**
     * Close in meaning to an article on Korea (all-MiniLM-L6-v2 let it through), yet asking nothing the article
     * answers: its closest sentence answers it less well than most generic questions' do ({@code AnswerMatcher}).
     */
    @Test
    void aQuestionOnTheDocumentsSubjectButAboutSomethingElseIsRefusedWithoutAskingTheModel() {
        JsonPath answer = ask("{\"question\": \"What's a good kimchi recipe?\"}");
        assertThat(answer.getString("source")).isEqualTo("none");
        assertThat(ollama.requests()).isEmpty();
    }

    @Test
    void aCitationOfAPassageThatWasNotOfferedIsRemoved() throws Exception {
        ollama.script(StandInOllama.Fault.INVENT_CITATION);
        JsonPath answer = ask("{\"question\": \"How many soldiers did North Korea send to Kursk?\"}");
        assertThat(ollama.requests()).hasSize(1);
        assertThat(answer.getString("answer")).doesNotContain("[9]").contains("See also.");
        assertThat(answer.getList("citations")).isNotEmpty();
        assertCitationsValid(answer);
    }

    @Test
    void aFollowUpOnTheSameConversationSendsTheEarlierTurnToTheModel() {
        JsonPath first = ask("{\"question\": \"How many soldiers did North Korea send to Kursk?\"}");
        String id = first.getString("conversationId");
        JsonPath second = ask("{\"question\": \"How many of them were killed or injured?\", \"conversationId\": \""
                + id + "\"}");
        assertThat(second.getString("conversationId")).isEqualTo(id);

        // the model first rewrites the follow-up into a standalone question, which retrieval then uses
        String rewrite = ollama.requests().get(1).getJsonArray("messages").getJsonObject(0).getString("content");
        assertThat(rewrite).contains("<<<CONVERSATION\nUser: How many soldiers did North Korea send to Kursk?\nAI: "
                + first.getString("answer")).endsWith("New question: How many of them were killed or injured?\n");

        var messages = ollama.requests().get(2).getJsonArray("messages");
        assertThat(messages.stream().map(o -> ((JsonObject) o).getString("role")))
                .containsExactly("system", "user", "assistant", "user");
        assertThat(messages.getJsonObject(1).getString("content"))
                .isEqualTo("How many soldiers did North Korea send to Kursk?");
        assertThat(messages.getJsonObject(2).getString("content")).isEqualTo(first.getString("answer"));
        assertThat(messages.getJsonObject(3).getString("content")).isEqualTo("How many of them were killed or injured?");

        // another conversation does not see it
        ask("{\"question\": \"What does Russia build over the Tumen River?\"}");
        assertThat(ollama.requests().get(3).getJsonArray("messages")).hasSize(2);
    }

    @Test
    void aMissingModelStillGetsACitedAnswerFromTheArticleAndSaysWhatToPull() throws Exception {
        ollama.models("qwen2.5");
        JsonPath answer = ask("{\"question\": \"When was the treaty signed?\"}");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("notice")).contains("ollama pull llama3.2");
        assertThat(answer.getString("answer")).contains("June 2024");
        assertCitationsValid(answer);

        ollama.models("llama3.2");
        assertThat(ask("{\"question\": \"When was the treaty signed?\"}").getString("source")).isEqualTo("ollama");
    }

    @Test
    void theArticleEndpointGivesTheTextAndPassagesWithExactOffsets() throws Exception {
        JsonPath article = given().when().get("/api/article").then().statusCode(200).extract().jsonPath();
        String text = article.getString("documents[0].text");
        assertThat(text).isEqualTo(article());
        assertThat(article.getString("documents[0].name")).isEqualTo("russia-and-north-korea-the-renewed-comradery.txt");
        assertThat(article.getString("documents[0].title")).isEqualTo("Russia and North Korea: the renewed comradery.");
        List<Map<String, Object>> passages = article.getList("passages");
        assertThat(passages).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(
                text.substring((Integer) p.get("start"), (Integer) p.get("end"))).isEqualTo(p.get("text")));
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/chat'.post", notNullValue())
                .body("paths.'/api/passages'.get", notNullValue())
                .body("paths.'/api/article'.get", notNullValue());
    }
}
