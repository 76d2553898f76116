package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import dev.articlechat.web.Transport.Outcome;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Reasoning models: the request asks them not to think, and what they think anyway (in the content between
 * {@code <think>} tags, or in Ollama's {@code thinking} field) never reaches the reader as answer text, streamed or
 * finished, and a passage number in it is no citation.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class ThinkingTest extends StandInTest {

    private static final String QUESTION = "When was the treaty signed?";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    static Stream<Arguments> thinkingModels() {
        return Stream.of(Fault.THINK_IN_CONTENT, Fault.THINKING_FIELD)
                .flatMap(fault -> Arrays.stream(Transport.values()).map(t -> Arguments.of(fault, t)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("thinkingModels")
    void thinkingNeverReachesTheReaderAndCitesNothing(Fault fault, Transport transport) throws Exception {
        ollama.script(fault);
        Outcome outcome = transport.ask(base, QUESTION);

        JsonObject done = outcome.data();
        String answer = done.getString("answer");
        assertThat(done.getString("source")).isEqualTo("ollama");
        assertThat(answer).startsWith("According to the article").contains("June 2024")
                .doesNotContain("think").doesNotContain("Let me look");
        if (transport != Transport.REST) {
            assertThat(outcome.tokens()).noneMatch(t -> t.contains("think") || t.contains("Let me"));
            assertThat(outcome.streamed()).isEqualTo(answer);
        }
        Matcher cited = MARKER.matcher(answer);
        assertThat(cited.find()).isTrue();
        int n = Integer.parseInt(cited.group(1));
        int thought = n == 1 ? 2 : 1;
        assertThat(done.getJsonArray("citations").stream().map(c -> ((JsonObject) c).getInteger("n")))
                .containsExactly(n);
        ChatResourceTest.assertCitationsValid(JsonPath.from(done.encode()));
        // kept apart, for a reader who wants to see it: the [k] there stays as the model wrote it
        assertThat(done.getString("thinking")).isEqualTo(StandInOllama.THOUGHT.formatted(thought));
        assertThat(ollama.requests().get(0).getValue("think")).isEqualTo(false);
    }

    @Test
    void anAnswerWithoutThinkingHasNoThinkingField() throws Exception {
        JsonObject done = Transport.REST.ask(base, QUESTION).data();
        assertThat(done.getString("answer")).contains("June 2024");
        assertThat(done.containsKey("thinking")).isFalse();
        assertThat(ollama.requests()).singleElement()
                .satisfies(sent -> assertThat(sent.getValue("think")).isEqualTo(false));
    }

    @Test
    void anOllamaThatRefusesThinkFalseIsAskedAgainWithoutIt() throws Exception {
        ollama.script(Fault.THINK_UNSUPPORTED); // Ollama 0.12.4, a model that cannot think
        JsonObject done = Transport.REST.ask(base, QUESTION).data();
        assertThat(done.getString("source")).isEqualTo("ollama");
        assertThat(done.getString("answer")).contains("June 2024");
        assertThat(ollama.requests()).hasSize(2);
        assertThat(ollama.requests().get(0).getValue("think")).isEqualTo(false);
        assertThat(ollama.requests().get(1).containsKey("think")).isFalse();
    }
}
