package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The support of each sentence, in the REST body and in {@code done}, with the stand-in answering right and wrong. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class SentenceSupportTest extends StandInTest {

    private static final String KURSK = "How many soldiers did North Korea send to Kursk?";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    /** The support lists every sentence of the answer once, in order, with the numbers of the markers it holds. */
    static List<JsonObject> assertEverySentenceOnce(JsonObject outcome) {
        String answer = outcome.getString("answer");
        List<JsonObject> support = outcome.getJsonArray("support").stream().map(JsonObject.class::cast).toList();
        int at = 0;
        for (JsonObject sentence : support) {
            int start = sentence.getInteger("start");
            int end = sentence.getInteger("end");
            assertThat(answer.substring(at, start)).as("between sentences").isBlank();
            List<Integer> markers = new ArrayList<>();
            Matcher m = MARKER.matcher(answer.substring(start, end));
            while (m.find()) {
                markers.add(Integer.parseInt(m.group(1)));
            }
            assertThat(sentence.getJsonArray("cites").stream().map(Integer.class::cast).toList()).isEqualTo(markers);
            at = end;
        }
        assertThat(answer.substring(at)).as("after the last sentence").isBlank();
        return support;
    }

    @Test
    void aCorrectAnswerIsSupportedSentenceBySentence() throws Exception {
        JsonObject outcome = Transport.REST.ask(base, KURSK).data();
        assertThat(outcome.getString("answer")).contains("11 000");
        List<JsonObject> support = assertEverySentenceOnce(outcome);
        assertThat(support).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getBoolean("supported")).isTrue();
            assertThat(s.containsKey("reason")).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aWrongNumberIsFlaggedWithTheNumberItGot(Transport transport) throws Exception {
        ollama.script(Fault.WRONG_NUMBER);
        JsonObject outcome = transport.ask(base, KURSK).data();
        assertThat(outcome.getString("type", "done")).isEqualTo("done");
        assertThat(outcome.getString("answer")).contains("21 000").doesNotContain("11 000");
        JsonObject flagged = assertEverySentenceOnce(outcome).stream().filter(s -> !s.getBoolean("supported"))
                .findFirst().orElseThrow();
        int n = flagged.getJsonArray("cites").getInteger(0);
        assertThat(flagged.getString("reason")).isEqualTo("“21 000” is not in passage [" + n + "]");
        assertThat(outcome.getString("answer").substring(flagged.getInteger("start"), flagged.getInteger("end")))
                .contains("21 000");
    }

    @Test
    void aRefusalHasNoSentences() throws Exception {
        JsonObject outcome = Transport.REST.ask(base, "What is a good recipe for pancakes?").data();
        assertThat(outcome.getString("source")).isEqualTo("none");
        assertThat(outcome.getJsonArray("support")).isEmpty();
    }

    @Test
    void aStoppedAnswerIsCheckedAsFarAsItWent() throws Exception {
        ollama.script(Fault.SLOW);
        try (SocketClient socket = new SocketClient(base)) {
            socket.ask("q", KURSK);
            assertThat(socket.next().getString("type")).isEqualTo("token");
            socket.send("{\"type\": \"stop\", \"id\": \"q\"}");
            JsonObject done = socket.end();
            assertThat(done.getString("doneReason")).isEqualTo("stopped");
            assertThat(assertEverySentenceOnce(done)).isNotEmpty();
        }
    }
}
