package dev.articlechat.metrics;

import java.time.Duration;
import java.util.Locale;

import jakarta.inject.Singleton;

import dev.articlechat.ollama.GenerationQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What an operator watches, served at {@code /q/metrics} (Prometheus's format): the queue in front of the model,
 * how fast answers come and how they end, Ollama's faults, and the asks refused before any work. Names follow
 * Micrometer's conventions (dotted, base units); Prometheus shows them as {@code articlechat_..._seconds} etc.
 * The README lists them with PromQL examples.
 */
@Singleton
public class ChatMeters {

    private final MeterRegistry registry;
    private final Timer queueWait;
    private final Timer firstToken;
    private final Counter refusedBeforeModel;

    public ChatMeters(MeterRegistry registry, GenerationQueue queue) {
        this.registry = registry;
        Gauge.builder("articlechat.queue.waiting", queue, GenerationQueue::waiting)
                .description("Asks waiting for a model slot").register(registry);
        Gauge.builder("articlechat.generations.active", queue, GenerationQueue::inFlight)
                .description("Generations in flight from this server").register(registry);
        this.queueWait = histogram("articlechat.queue.wait", "Time an ask waited for a model slot").register(registry);
        this.firstToken = histogram("articlechat.answer.first.token",
                "Time from an ask to the model's first token").register(registry);
        this.refusedBeforeModel = Counter.builder("articlechat.refusals.before.model")
                .description("Questions refused as off-topic, without asking the model").register(registry);
    }

    /** An ask got its model slot after {@code waited}. */
    public void queueWait(Duration waited) {
        queueWait.record(waited);
    }

    /** An answer ended: how long it took, and how (source {@code ollama}/{@code extractive}/{@code none}). */
    public void answered(String source, String doneReason, Long firstTokenMs, long totalMs) {
        if (firstTokenMs != null) {
            firstToken.record(Duration.ofMillis(firstTokenMs));
        }
        histogram("articlechat.answers", "Answers, by source and how they ended")
                .tag("source", source).tag("done.reason", doneReason)
                .register(registry).record(Duration.ofMillis(totalMs));
    }

    public void refusedBeforeModel() {
        refusedBeforeModel.increment();
    }

    /** Ollama failed in one of {@code UpstreamException.Reason}'s ways. */
    public void ollamaFault(Enum<?> kind) {
        Counter.builder("articlechat.ollama.faults").description("Ollama failures, by kind")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    /** An ask refused before any work: {@code client.limit} (429) or {@code queue.full} (503). */
    public void rejected(String reason) {
        Counter.builder("articlechat.asks.rejected").description("Asks refused by the server's limits")
                .tag("reason", reason).register(registry).increment();
    }

    private static Timer.Builder histogram(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(5));
    }
}
