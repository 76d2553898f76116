package dev.articlechat.chat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

/**
 * Runs the CPU-heavy part of an ask (embedding the question, scoring the article's sentences) on a few threads of
 * its own: never on an event loop, which would hold back every token of every other answer; and not on the worker
 * pool, which grows a thread per waiting ask until hundreds of embeddings fight over the cores with the event
 * loops. Half the cores (at least one) leaves the rest for I/O; measured in docs/benchmarks.md.
 */
@Singleton
public class EmbeddingWork {

    private final ExecutorService threads;

    public EmbeddingWork() {
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), task -> {
            Thread thread = new Thread(task, "embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code work}, run on these threads when subscribed. */
    public <T> Uni<T> run(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(threads);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
