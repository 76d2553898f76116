package dev.articlechat.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.articlechat.bench.Figure.Target;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Many readers, one Ollama: 200 readers, each a WebSocket through a trusted proxy with its own forwarded address,
 * ask at the same instant, with the default settings (4 generations at once, 4 answers per client). The stand-in,
 * like Ollama with {@code OLLAMA_NUM_PARALLEL=4}, runs 4 generations at once and queues the rest. Every reader should
 * be answered, told positions that only fall, and get its first token near the ideal: the k-th of them after
 * k / 4 answers' time.
 */
@QuarkusTest
@TestProfile(QueueBenchmark.BehindAProxy.class)
@WithTestResource(StandInOllamaResource.class)
class QueueBenchmark {

    /** Production's time-outs, defaults otherwise, behind a proxy on loopback. */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("article-chat.ollama.idle-timeout", "30s", "quarkus.langchain4j.ollama.timeout", "120s",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static final int READERS = 200;
    private static final int PARALLEL = 4;
    private static final String QUESTION = "How many soldiers did North Korea send to Kursk?";

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @Test
    void twoHundredReadersOneOllama() throws Exception {
        String loadBefore = Figure.loadNow();
        ollama.reset();
        ollama.parallel(PARALLEL);
        ollama.latency(StreamLatencyBenchmark.FIRST_TOKEN, StreamLatencyBenchmark.PER_TOKEN);
        // one answer alone, also a warm-up: the unit of the ideal schedule
        double oneAnswerMs = 0;
        for (int i = 0; i < 5; i++) {
            oneAnswerMs = alone();
        }
        JvmState before = JvmState.afterGc();
        JvmState.peakThreadsAndReset();

        List<BenchSocket> sockets = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            sockets.add(BenchSocket.forwardedFor(base, "10.0." + (i / 250) + "." + (i % 250 + 1)));
        }
        List<AskTrace> traces = new ArrayList<>();
        long started = System.nanoTime();
        sockets.forEach(socket -> traces.add(socket.ask(QUESTION)));
        boolean inTime = allEnd(traces);
        double seconds = (System.nanoTime() - started) / 1e9;
        int peakThreads = JvmState.peakThreadsAndReset();
        sockets.forEach(BenchSocket::close);
        int maxActive = ollama.maxActive();
        ollama.reset();
        JvmState after = JvmState.afterGc();

        long answered = traces.stream().filter(t -> t.endType().equals("done")).count();
        long risingPositions = traces.stream().filter(QueueBenchmark::positionRose).count();
        long toldPosition = traces.stream().filter(t -> !t.positions().isEmpty()).count();
        List<AskTrace> byFirstToken = traces.stream().filter(t -> t.firstTokenNanos() > 0)
                .sorted(Comparator.comparingLong(AskTrace::firstTokenNanos)).toList();
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.of("readers answered (done) of " + READERS + (inTime ? "" : ", deadline hit"), answered, "")
                        .against(Target.atLeast(READERS)),
                Figure.of("readers told their queue position", toldPosition, ""),
                Figure.of("readers whose position ever rose", risingPositions, "").against(Target.atMost(0)),
                Figure.of("generations at once at the stand-in, most", maxActive, "").against(Target.atMost(PARALLEL)),
                Figure.of("one answer alone (stand-in, ask to done)", oneAnswerMs, "ms"),
                Figure.of("wall time, all " + READERS, seconds, "s"),
                Figure.of("ideal wall time (" + READERS + " / " + PARALLEL + " x one answer)",
                        READERS / (double) PARALLEL * oneAnswerMs / 1000, "s")));
        for (int k : new int[] { 1, 50, 100, 150, 200 }) {
            if (k <= byFirstToken.size()) {
                double firstTokenMs = byFirstToken.get(k - 1).firstTokenNanos() / 1e6;
                double idealMs = Math.ceil(k / (double) PARALLEL) * oneAnswerMs
                        - (oneAnswerMs - StreamLatencyBenchmark.FIRST_TOKEN.toMillis());
                figures.add(Figure.of("first token of the " + k + "th reader (ideal %.0f ms)".formatted(idealMs),
                        firstTokenMs, "ms"));
            }
        }
        figures.add(Figure.of("heap after GC, before → after", after.heapMb(), "MB (before %.1f)".formatted(
                before.heapMb())));
        figures.add(Figure.of("threads, peak", peakThreads, "(before %d, after %d)".formatted(before.threads(),
                after.threads())));
        BenchReport.write("6-queue", "./mvnw clean verify -Pbench (QueueBenchmark)", loadBefore, figures, List.of(
                "stand-in at %d ms to first token, %d ms per token, %d generations at once (OLLAMA_NUM_PARALLEL)"
                        .formatted(StreamLatencyBenchmark.FIRST_TOKEN.toMillis(),
                                StreamLatencyBenchmark.PER_TOKEN.toMillis(), PARALLEL),
                "each reader is a WebSocket with its own X-Forwarded-For address through a trusted proxy (loopback); "
                        + "default settings: article-chat.ollama.parallel=4, 4 answers per client",
                "ideal first token of the k-th reader: ceil(k / 4) answers' time, less one answer's streaming "
                        + "after its first token"));
    }

    /** One ask with nothing else running: ask to done, in ms. */
    private double alone() {
        try (BenchSocket socket = new BenchSocket(base)) {
            AskTrace trace = socket.ask(QUESTION);
            trace.awaitEnd(30);
            return trace.totalNanos() / 1e6;
        }
    }

    private static boolean positionRose(AskTrace trace) {
        List<Integer> positions = trace.positions();
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) > positions.get(i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allEnd(List<AskTrace> traces) {
        try {
            CompletableFuture.allOf(traces.stream().map(AskTrace::ended).toArray(CompletableFuture[]::new))
                    .get(300, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
