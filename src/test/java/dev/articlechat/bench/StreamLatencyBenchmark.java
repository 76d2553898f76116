package dev.articlechat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.articlechat.bench.Figure.Target;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Our overhead on one conversation: time to first token through the WebSocket and through REST (SSE), each
 * divided by the stand-in Ollama's own time to first token asked directly with the same body, in the same run
 * and alternating (the order rotates each round, so drift and GC hit all paths alike); the whole REST answer
 * against the stand-in's whole stream; and each token's delay from the stand-in writing it to the client
 * receiving it.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@WithTestResource(StandInOllamaResource.class)
class StreamLatencyBenchmark {

    static final Duration FIRST_TOKEN = Duration.ofMillis(300);
    static final Duration PER_TOKEN = Duration.ofMillis(20);
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;
    private static final List<String> QUESTIONS = List.of("When was the treaty signed?",
            "How many soldiers did North Korea send to Kursk?", "What does the rail bridge over the Tumen River aim at?");

    private enum Path {
        OLLAMA, WEBSOCKET, SSE, REST
    }

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.langchain4j.ollama.base-url")
    URI ollamaUrl;

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @Test
    void firstTokenRatioAndTokenDelay() {
        String loadBefore = Figure.loadNow();
        ollama.reset();
        ollama.latency(FIRST_TOKEN, PER_TOKEN);
        List<JsonObject> bodies = new ArrayList<>();
        for (String question : QUESTIONS) {
            assertThat(HttpAsks.rest(base, question, null).status()).isEqualTo(200);
            bodies.add(ollama.requests().get(ollama.requests().size() - 1));
        }
        Map<Path, List<Long>> firstToken = new EnumMap<>(Path.class);
        Map<Path, List<Long>> total = new EnumMap<>(Path.class);
        Map<Path, List<Long>> tokenDelay = new EnumMap<>(Path.class);
        for (Path p : Path.values()) {
            firstToken.put(p, new ArrayList<>());
            total.put(p, new ArrayList<>());
            tokenDelay.put(p, new ArrayList<>());
        }
        List<Long> standInOwn = new ArrayList<>();
        List<Long> retrieval = new ArrayList<>();
        Map<Path, List<Long>> toStandIn = new EnumMap<>(Path.class);
        for (Path p : Path.values()) {
            toStandIn.put(p, new ArrayList<>());
        }
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            int q = round % QUESTIONS.size();
            for (int i = 0; i < Path.values().length; i++) {
                Path path = Path.values()[(round + i) % Path.values().length];
                AskTrace trace = ask(path, QUESTIONS.get(q), bodies.get(q));
                StandInOllama.Served served = last(ollama.served());
                if (round < WARM_UP) {
                    continue;
                }
                total.get(path).add(trace.totalNanos());
                toStandIn.get(path).add(served.receivedNanos() - trace.askedNanos());
                if (path != Path.REST) {
                    assertThat(trace.firstTokenNanos()).as("%s answered with tokens", path).isPositive();
                    firstToken.get(path).add(trace.firstTokenNanos());
                    tokenDelay.get(path).addAll(trace.tokenDelays(served));
                }
                if (path == Path.OLLAMA) {
                    standInOwn.add(served.firstTokenNanos());
                } else {
                    retrieval.add(trace.ended().join().getJsonObject("timings").getLong("retrievalMs") * 1_000_000);
                }
            }
        }
        Sample direct = Sample.of(firstToken.get(Path.OLLAMA));
        Sample ws = Sample.of(firstToken.get(Path.WEBSOCKET));
        Sample sse = Sample.of(firstToken.get(Path.SSE));
        Sample wsDelay = Sample.of(tokenDelay.get(Path.WEBSOCKET));
        Sample sseDelay = Sample.of(tokenDelay.get(Path.SSE));
        List<Figure> figures = List.of(
                Figure.of("stand-in first token, asked directly (p50)", direct.p50(), "ms"),
                Figure.of("stand-in first token, its own clock (p50)", Sample.of(standInOwn).p50(), "ms"),
                Figure.of("WebSocket first token (p50)", ws.p50(), "ms"),
                Figure.of("WebSocket first token / stand-in's (p50 / p50)", ws.p50() / direct.p50(), "")
                        .against(Target.atMost(1.05)),
                Figure.of("REST (SSE) first token (p50)", sse.p50(), "ms"),
                Figure.of("REST (SSE) first token / stand-in's (p50 / p50)", sse.p50() / direct.p50(), "")
                        .against(Target.atMost(1.05)),
                Figure.of("REST /api/chat whole answer / stand-in's whole stream (p50 / p50)",
                        Sample.of(total.get(Path.REST)).p50() / Sample.of(total.get(Path.OLLAMA)).p50(), ""),
                Figure.of("WebSocket first token p99 - stand-in's p99", ws.p99() - direct.p99(), "ms"),
                Figure.of("ask sent → request at the stand-in, direct (p50)", Sample.of(toStandIn.get(Path.OLLAMA)).p50(),
                        "ms"),
                Figure.of("ask sent → request at the stand-in, through the WebSocket (p50)",
                        Sample.of(toStandIn.get(Path.WEBSOCKET)).p50(), "ms"),
                Figure.of("of which retrieval (server timings, p50)", Sample.of(retrieval).p50(), "ms"),
                Figure.of("token delay stand-in → WebSocket client (p50)", wsDelay.p50(), "ms"),
                Figure.of("token delay stand-in → WebSocket client (p99)", wsDelay.p99(), "ms")
                        .against(Target.atMost(50)),
                Figure.of("token delay stand-in → SSE client (p50)", sseDelay.p50(), "ms"),
                Figure.of("token delay stand-in → SSE client (p99)", sseDelay.p99(), "ms").against(Target.atMost(50)));
        BenchReport.write("2-stream-latency", "./mvnw clean verify -Pbench (StreamLatencyBenchmark)", loadBefore, figures, List.of(
                "stand-in at %d ms to first token, %d ms per token; %d rounds after %d warm-up, each round asks the same question over the four paths in rotating order; %d tokens timed over the WebSocket"
                        .formatted(FIRST_TOKEN.toMillis(), PER_TOKEN.toMillis(), ROUNDS, WARM_UP, wsDelay.size())));
    }

    private AskTrace ask(Path path, String question, JsonObject body) {
        return switch (path) {
            case OLLAMA -> HttpAsks.ollama(ollamaUrl, body);
            case SSE -> HttpAsks.sse(base, question, null);
            case REST -> {
                AskTrace trace = new AskTrace(question);
                HttpAsks.Reply reply = HttpAsks.rest(base, question, null);
                assertThat(reply.status()).isEqualTo(200);
                trace.end(new JsonObject(reply.body()).put("type", "done"));
                yield trace;
            }
            case WEBSOCKET -> {
                // a fresh conversation each time, as over REST, so that every path sends the same prompt
                try (BenchSocket socket = new BenchSocket(base)) {
                    AskTrace trace = socket.ask(question);
                    assertThat(trace.awaitEnd(30)).isNotNull();
                    yield trace;
                }
            }
        };
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
