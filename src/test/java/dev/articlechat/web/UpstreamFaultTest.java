package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.articlechat.ollama.ShortTimeoutsProfile;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import dev.articlechat.web.Transport.Outcome;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * The upstream fault matrix (README "When Ollama fails"): every fault, through REST, SSE and the WebSocket. Before
 * the first token the article answers alone, with a notice naming the fix; after it, the partial answer is kept
 * and the done says what happened. No stack trace reaches the client, and the next question gets a model answer.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(ShortTimeoutsProfile.class)
class UpstreamFaultTest {

    private static final String QUESTION = "When was the treaty signed?";
    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @TestHTTPResource("/")
    URI base;

    /** A fault and what the client must see: an extractive answer (before any token) or a partial one. */
    record Row(String name, Consumer<StandInOllama> fault, boolean beforeFirstToken, String doneReason,
            String notice) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        Stream<Row> rows = Stream.of(
                new Row("404 model not found", o -> o.models("qwen2.5:3b"), true, "stop", "ollama pull llama3.2"),
                new Row("404 model 'x' not found", o -> o.script(Fault.NOT_FOUND_QUOTED), true, "stop",
                        "ollama pull llama3.2"),
                new Row("500 runner terminated", o -> o.script(Fault.SERVER_ERROR), true, "stop",
                        "llama runner process has terminated"),
                new Row("503 busy", o -> o.script(Fault.BUSY), true, "stop", "busy"),
                new Row("headers after a long load", o -> {
                    o.loadDelay(Duration.ofSeconds(ShortTimeoutsProfile.FIRST_TOKEN_TIMEOUT_SECONDS + 2));
                    o.script(Fault.SLOW_LOAD);
                }, true, "stop", "did not start answering within " + ShortTimeoutsProfile.FIRST_TOKEN_TIMEOUT_SECONDS),
                new Row("stream cut", o -> o.script(Fault.CUT), false, "error", "stream"),
                new Row("error line mid-stream", o -> o.script(Fault.ERROR_MID_STREAM), false, "error",
                        "an error was encountered while running the model"),
                new Row("malformed NDJSON", o -> o.script(Fault.MALFORMED), false, "error", "malformed"),
                new Row("stalled stream", o -> o.script(Fault.STALL), false, "error", "stopped sending"),
                new Row("done_reason length", o -> o.script(Fault.LENGTH), false, "length", "num-predict"));
        return rows.flatMap(row -> Arrays.stream(Transport.values()).map(t -> Arguments.of(row, t)));
    }

    @AfterEach
    void reset() {
        ollama.reset();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("matrix")
    void eachFaultGetsAClearAnswerAndTheNextQuestionWorks(Row row, Transport transport) throws Exception {
        row.fault().accept(ollama);
        Outcome outcome = transport.ask(base, QUESTION);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.end()).as(outcome.data().encode()).isEqualTo("done");
        JsonObject done = outcome.data();
        assertThat(done.getString("notice")).contains(row.notice());
        assertThat(done.getString("doneReason")).isEqualTo(row.doneReason());
        assertThat(done.encode()).doesNotContain("Exception").doesNotContain("\\tat ");
        if (row.beforeFirstToken()) {
            assertThat(done.getString("source")).isEqualTo("extractive");
            assertThat(done.getString("answer")).contains("June 2024");
            assertThat(done.getJsonArray("citations")).isNotEmpty();
        } else {
            assertThat(done.getString("source")).isEqualTo("ollama");
            assertThat(done.getString("answer")).startsWith("According to the");
            if (transport != Transport.REST) {
                assertThat(outcome.streamed()).isEqualTo(done.getString("answer"));
            }
        }
        if (row.name().equals("headers after a long load") || row.name().equals("stalled stream")) {
            // given up on: the request to Ollama is closed, so it stops working for nobody
            await().atMost(Duration.ofSeconds(5)).until(() -> ollama.abandonedStreams() == 1);
        }

        ollama.reset();
        Outcome next = transport.ask(base, QUESTION);
        assertThat(next.data().getString("source")).as(next.data().encode()).isEqualTo("ollama");
        assertThat(next.data().getString("doneReason")).isEqualTo("stop");
    }
}
