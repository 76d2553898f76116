package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.articlechat.ollama.OllamaAbsentProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Nothing listens where Ollama should be: answers still come, cited, from the article alone. */
@QuarkusTest
@TestProfile(OllamaAbsentProfile.class)
class NoOllamaTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void answersFromTheArticleAndSaysHowToStartOllama() throws Exception {
        for (int i = 0; i < 2; i++) {
            JsonPath answer = ChatResourceTest.ask("{\"question\": \"How many soldiers did North Korea send to Kursk?\"}");
            assertThat(answer.getString("source")).isEqualTo("extractive");
            assertThat(answer.getString("notice")).contains("not reachable").contains("ollama serve");
            assertThat(answer.getString("answer")).contains("11 000");
            ChatResourceTest.assertCitationsValid(answer);
            // the sentences are quoted, so the page can highlight each one exactly
            assertThat(answer.getList("citations.quotes.text").toString()).contains("11 000");
        }
    }

    /** The fault matrix's "connection refused" row (the others are in UpstreamFaultTest). */
    @ParameterizedTest
    @EnumSource(Transport.class)
    void connectionRefusedOverEachTransport(Transport transport) throws Exception {
        Transport.Outcome outcome = transport.ask(base, "When was the treaty signed?");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.end()).isEqualTo("done");
        assertThat(outcome.data().getString("source")).isEqualTo("extractive");
        assertThat(outcome.data().getString("notice")).contains("ollama serve");
        assertThat(outcome.data().getString("answer")).contains("June 2024");
        // it quotes the article, so each of its sentences is supported by the passage it cites
        assertThat(SentenceSupportTest.assertEverySentenceOnce(outcome.data()))
                .isNotEmpty().allMatch(s -> s.getBoolean("supported"));
    }

    /**
     * "About 4 000 of them were killed or injured." says whose casualties only after the sentence before it; read
     * together they match the question, and both are quoted. Alone, the answer was the 11 000 soldiers and an
     * unrelated sentence about artillery ammunition.
     */
    @Test
    void aSentenceThatNeedsTheOneBeforeItIsQuotedWithIt() {
        var answer = RestAsk.ask("how many casualties did the north korean contingent suffer");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).isEqualTo(
                "“Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk region.” [1] "
                        + "“About 4 000 of them were killed or injured.” [1]");
        assertThat(answer.getList("support.supported", Boolean.class)).containsOnly(true);
    }

    @Test
    void readyWithoutOllamaAndSaysToStartIt() {
        HealthTest.ollamaCheck()
                .body("checks.find { it.name == 'ollama' }.data.reachable", equalTo(false))
                .body("checks.find { it.name == 'ollama' }.data.fix", equalTo("ollama serve"));
    }

    @Test
    void aConversationThatBeganWithoutAModelCanBeContinued() throws Exception {
        JsonPath first = ChatResourceTest.ask("{\"question\": \"What is Russia building over the Tumen River?\"}");
        JsonPath second = ChatResourceTest.ask("{\"question\": \"How much will it cost?\", \"conversationId\": \""
                + first.getString("conversationId") + "\"}");
        assertThat(second.getString("conversationId")).isEqualTo(first.getString("conversationId"));
        // retrieved with the previous question's words, the follow-up finds the project's cost
        assertThat(second.getString("answer")).contains("$111 million");
        ChatResourceTest.assertCitationsValid(second);
    }
}
