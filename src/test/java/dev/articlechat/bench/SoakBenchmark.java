package dev.articlechat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.articlechat.bench.SoakTally.Outcome;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Issue 8's soak: thousands of questions over the WebSocket, REST and SSE at once, on loopback, while the stand-in
 * draws a fault for a share of its requests at random (seeded: a run can be repeated). Every ask must end in a
 * done or an error, every 5xx must carry a JSON body, and heap and threads must be where they were after the
 * warm-up. Bounded in count ({@link #ASKS}) and time ({@link #DEADLINE}).
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@WithTestResource(StandInOllamaResource.class)
class SoakBenchmark {

    static final int ASKS = 2400;
    private static final int WARM_UP = 200;
    static final double FAULT_RATE = 0.3;
    static final long SEED = 8;
    private static final Duration DEADLINE = Duration.ofMinutes(8);
    private static final int SOCKETS = 6;
    private static final int REST = 3;
    private static final int SSE = 3;
    /** Heap may grow by this share plus a fixed allowance (conversations kept for REST follow-ups) and no more. */
    private static final double HEAP_GROWTH = 0.25;
    private static final long HEAP_ALLOWANCE = 16L << 20;
    private static final int THREAD_ALLOWANCE = 8;

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();
    private final Conversations conversations = new Conversations();
    private final AtomicInteger tags = new AtomicInteger();

    @Test
    void soak() throws Exception {
        String loadBefore = Figure.loadNow();
        configure(SEED);
        run(WARM_UP, new SoakTally());
        ollama.reset(); // its logs are the harness's memory, not the app's
        JvmState start = JvmState.afterGc();
        configure(SEED + 1);
        SoakTally tally = new SoakTally();
        long started = System.nanoTime();
        boolean inTime = run(ASKS, tally);
        double seconds = (System.nanoTime() - started) / 1e9;
        java.util.Map<String, Long> faults = ollama.served().stream().collect(java.util.stream.Collectors
                .groupingBy(s -> String.valueOf(s.fault()), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        ollama.reset();
        JvmState.sleep(2_000); // let closed sockets and finished asks release their threads
        JvmState end = JvmState.afterGc();

        long asked = tally.counts().values().stream().mapToLong(Long::longValue).sum();
        long heapLimit = (long) (start.heapBytes() * (1 + HEAP_GROWTH)) + HEAP_ALLOWANCE;
        List<Figure> figures = List.of(
                Figure.of("asks (WebSocket + REST + SSE)" + (inTime ? "" : ", deadline hit"), asked, "")
                        .against(Figure.Target.atLeast(2000)),
                Figure.of("wall time", seconds, "s"),
                Figure.of("ended in done", tally.total(" done"), ""),
                Figure.of("ended in error", tally.total(" error"), ""),
                Figure.of("lost (no done nor error)", tally.total(" lost"), "").against(Figure.Target.atMost(0)),
                Figure.of("5xx without a JSON body", tally.total(" 5xx-not-json"), "").against(Figure.Target.atMost(0)),
                Figure.of("heap after GC, after the warm-up", start.heapMb(), "MB"),
                Figure.of("heap after GC, at the end (limit: start + 25 % + 16 MB)", end.heapMb(), "MB")
                        .against(Figure.Target.atMost(heapLimit / (1024.0 * 1024.0))),
                Figure.of("threads, after the warm-up", start.threads(), ""),
                Figure.of("threads, at the end (limit: start + 8)", end.threads(), "")
                        .against(Figure.Target.atMost(start.threads() + THREAD_ALLOWANCE)));
        List<String> notes = new ArrayList<>();
        notes.add("stand-in: %.0f%% of requests draw a fault at random (seed %d) from error line, length, cut, malformed, 404, 500, 503, invented citation, HTML; %d WebSocket, %d REST and %d SSE clients at once, each asking two-turn conversations (question, follow-up); 10%% of WebSocket asks are stopped at random"
                .formatted(FAULT_RATE * 100, SEED + 1, SOCKETS, REST, SSE));
        notes.add("how asks ended: " + tally.counts());
        notes.add("stand-in requests by fault drawn (null = none): " + faults);
        tally.violations().forEach(v -> notes.add("VIOLATION " + v));
        BenchReport.write("5-soak", "./mvnw clean verify -Pbench (SoakBenchmark)", loadBefore, figures, notes);

        assertThat(tally.violations()).as("asks that did not end in done or error, or 5xx without JSON").isEmpty();
        assertThat(asked).isGreaterThanOrEqualTo(2000);
        assertThat(end.heapBytes()).as("heap after GC, end vs start %d", start.heapBytes()).isLessThan(heapLimit);
        assertThat(end.threads()).as("threads, end vs start").isLessThanOrEqualTo(start.threads() + THREAD_ALLOWANCE);
    }

    private void configure(long seed) {
        ollama.latency(Duration.ofMillis(5), Duration.ofMillis(2));
        ollama.randomFaults(FAULT_RATE, seed);
    }

    /** Runs {@code asks} asks over all channels at once; false if the deadline cut it short. */
    private boolean run(int asks, SoakTally tally) throws InterruptedException {
        AtomicInteger budget = new AtomicInteger(asks);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(SOCKETS + REST + SSE);
        for (int i = 0; i < SOCKETS + REST + SSE; i++) {
            int client = i;
            clients.submit(() -> {
                Random random = new Random(client);
                while (budget.get() > 0 && System.nanoTime() < deadline) {
                    try {
                        if (client < SOCKETS) {
                            socketConversation(budget, random, tally);
                        } else {
                            httpConversation(budget, client < SOCKETS + REST, tally);
                        }
                    } catch (RuntimeException e) {
                        tally.add(new Outcome("client", "lost", e.toString()));
                    }
                }
            });
        }
        clients.shutdown();
        return clients.awaitTermination(DEADLINE.toSeconds() + 60, TimeUnit.SECONDS)
                && System.nanoTime() < deadline;
    }

    private List<String> script() {
        return conversations.script(tags.incrementAndGet());
    }

    private void socketConversation(AtomicInteger budget, Random random, SoakTally tally) {
        try (BenchSocket socket = new BenchSocket(base)) {
            for (String question : script()) {
                if (budget.getAndDecrement() <= 0) {
                    return;
                }
                AskTrace trace = socket.ask(question);
                if (random.nextDouble() < 0.1) {
                    JvmState.sleep(random.nextInt(20));
                    socket.stop();
                }
                JsonObject end = trace.awaitEnd(30);
                tally.add(end == null || end == AskTrace.LOST
                        ? lost("websocket", question, String.valueOf(end))
                        : new Outcome("websocket", end.getString("type"), null));
            }
        }
    }

    private void httpConversation(AtomicInteger budget, boolean whole, SoakTally tally) {
        String conversationId = null;
        for (String question : script()) {
            if (budget.getAndDecrement() <= 0) {
                return;
            }
            if (whole) {
                HttpAsks.Reply reply = HttpAsks.rest(base, question, conversationId);
                tally.add(outcome(reply, question));
                conversationId = reply.status() == 200 ? new JsonObject(reply.body()).getString("conversationId")
                        : null;
            } else {
                AskTrace trace = HttpAsks.sse(base, question, conversationId);
                String type = trace.endType();
                tally.add(type.equals("done") || type.equals("error") ? new Outcome("sse", type, null)
                        : lost("sse", question, trace.ended().getNow(null).encode()));
                conversationId = type.equals("done") ? trace.ended().getNow(null).getString("conversationId") : null;
            }
        }
    }

    private Outcome outcome(HttpAsks.Reply reply, String question) {
        if (reply.status() == 200 && reply.isJson()) {
            return new Outcome("rest", "done", null);
        }
        if (reply.status() >= 400 && reply.isJson()) {
            return new Outcome("rest", "error", null);
        }
        if (reply.status() >= 500) {
            return new Outcome("rest", "5xx-not-json", describe(question, reply.status() + " " + reply.contentType()
                    + " " + reply.body()));
        }
        return lost("rest", question, reply.status() + " " + reply.body());
    }

    private Outcome lost(String channel, String question, String what) {
        return new Outcome(channel, "lost", describe(question, what));
    }

    /** The violation with the fault the stand-in drew for its request, when it got one. */
    private String describe(String question, String what) {
        String fault = ollama.served().stream().filter(s -> s.question().equals(question)).findFirst()
                .map(s -> "fault " + s.fault()).orElse("no model call");
        return "'" + question + "': " + fault + ": " + what;
    }
}
