package dev.articlechat.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * Many conversations at once, each on its own WebSocket: all sockets open, then every conversation asks its first
 * question at the same instant and its follow-up the moment the first answer is done. The stand-in streams at a
 * fixed latency and serves any number of requests in parallel (a real Ollama queues them: OLLAMA_NUM_PARALLEL),
 * so what queues here is ours.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@WithTestResource(StandInOllamaResource.class)
class ConcurrencyBenchmark {

    private static final int[] LEVELS = { 50, 200, 500 };
    /** A first, unreported round, so that the JIT has compiled the hot paths as in a server that has run a while. */
    private static final int WARM_UP = 50;
    /** A level where Ollama refuses the first asks (503): they get extractive answers while the others stream. */
    private static final int BUSY_LEVEL = 200;
    private static final int BUSY_ASKS = 100;
    private static final long DEADLINE_SECONDS = 180;

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();
    private final Conversations conversations = new Conversations();

    @Test
    void concurrentConversations() throws Exception {
        String loadBefore = Figure.loadNow();
        run(WARM_UP, 0);
        List<Figure> figures = new ArrayList<>();
        for (int level : LEVELS) {
            figures.addAll(run(level, 0));
        }
        figures.addAll(run(BUSY_LEVEL, BUSY_ASKS));
        BenchReport.write("3-concurrency", "./mvnw clean verify -Pbench (ConcurrencyBenchmark)", loadBefore, figures, List.of(
                "stand-in at %d ms to first token, %d ms per token; each conversation is a WebSocket with two turns (a question and its follow-up) from the evaluation set"
                        .formatted(StreamLatencyBenchmark.FIRST_TOKEN.toMillis(),
                                StreamLatencyBenchmark.PER_TOKEN.toMillis()),
                "first token: from the ask leaving the client to its first token arriving (includes any queueing); token delay: from the stand-in writing a token to the client receiving it",
                "an unreported round of %d conversations runs first (JIT warm-up)".formatted(WARM_UP),
                "heap: used after full GC once all sockets are closed and the stand-in's logs cleared, against before the level; threads: peak while running and after"));
    }

    private List<Figure> run(int level, int busy) throws Exception {
        ollama.reset();
        ollama.latency(StreamLatencyBenchmark.FIRST_TOKEN, StreamLatencyBenchmark.PER_TOKEN);
        for (int i = 0; i < busy; i++) {
            ollama.script(StandInOllama.Fault.BUSY);
        }
        JvmState before = JvmState.afterGc();
        JvmState.peakThreadsAndReset();
        List<BenchSocket> sockets = new ArrayList<>();
        for (int i = 0; i < level; i++) {
            sockets.add(new BenchSocket(base));
        }
        Collection<AskTrace> traces = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        List<CompletableFuture<?>> done = new ArrayList<>();
        for (int i = 0; i < level; i++) {
            done.add(converse(sockets.get(i), conversations.script(i), traces));
        }
        boolean inTime = allEnd(done);
        double seconds = (System.nanoTime() - started) / 1e9;
        int peakThreads = JvmState.peakThreadsAndReset();
        sockets.forEach(BenchSocket::close);

        Map<String, StandInOllama.Served> served = ollama.served().stream()
                .collect(Collectors.toMap(StandInOllama.Served::question, Function.identity(), (a, b) -> a));
        List<Long> firstTokens = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        long completed = 0;
        for (AskTrace trace : traces) {
            completed += trace.endType().equals("done") ? 1 : 0;
            if (trace.firstTokenNanos() > 0) {
                firstTokens.add(trace.firstTokenNanos());
            }
            StandInOllama.Served s = served.get(trace.question());
            if (s != null) {
                delays.addAll(trace.tokenDelays(s));
            }
        }
        int asks = level * 2;
        ollama.reset();
        JvmState after = JvmState.afterGc();
        Sample first = Sample.of(firstTokens);
        Sample delay = Sample.of(delays);
        String at = level + " conversations" + (busy > 0 ? " (" + busy + " asks refused by Ollama: extractive)" : "")
                + ": ";
        return List.of(
                Figure.of(at + "asks completed (done) of " + asks + (inTime ? "" : ", deadline hit"), completed, "")
                        .against(Target.atLeast(asks)),
                Figure.of(at + "wall time", seconds, "s"),
                Figure.of(at + "first token p50", first.p50(), "ms"),
                Figure.of(at + "first token p99", first.p99(), "ms"),
                Figure.of(at + "token delay p50", delay.p50(), "ms"),
                Figure.of(at + "token delay p99", delay.p99(), "ms").against(Target.atMost(50)),
                Figure.of(at + "heap after GC, before → after", after.heapMb(), "MB (before %.1f)".formatted(
                        before.heapMb())),
                Figure.of(at + "threads, peak", peakThreads, "(before %d, after %d)".formatted(before.threads(),
                        after.threads())));
    }

    /** Asks the script's turns one after another on one socket; completes when the last ends. */
    private static CompletableFuture<?> converse(BenchSocket socket, List<String> turns, Collection<AskTrace> traces) {
        CompletableFuture<JsonObject> chain = CompletableFuture.completedFuture(null);
        for (String question : turns) {
            chain = chain.thenCompose(previous -> {
                AskTrace trace = socket.ask(question);
                traces.add(trace);
                return trace.ended();
            });
        }
        return chain;
    }

    private static boolean allEnd(List<CompletableFuture<?>> conversations) {
        try {
            CompletableFuture.allOf(conversations.toArray(CompletableFuture[]::new)).get(DEADLINE_SECONDS,
                    TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
