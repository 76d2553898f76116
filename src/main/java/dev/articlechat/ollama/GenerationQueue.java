package dev.articlechat.ollama;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * A fair queue in front of Ollama. Ollama runs {@code OLLAMA_NUM_PARALLEL} generations and queues the rest without a
 * word, so a reader could wait minutes with no sign of life: here at most {@code parallel} generations are in flight
 * from this server, and the rest wait first come, first served across all clients, each told how many are ahead.
 * Beyond {@code max-queue} waiting, a request for a slot fails at once with a {@link Busy}.
 */
@Singleton
public class GenerationQueue {

    /** The queue is full: the ask should be retried later. */
    public static class Busy extends RuntimeException {
        public Busy(int waiting) {
            super("The model is busy: " + waiting + " answers are already waiting for it. Ask again in a minute");
        }
    }

    /** A generation slot; release it once the generation ends (a second release does nothing). */
    public final class Slot {
        private final AtomicBoolean released = new AtomicBoolean();

        public void release() {
            if (released.compareAndSet(false, true)) {
                freed();
            }
        }
    }

    /** An ask waiting for a slot, told its position only when it falls (so a late, stale notice is dropped). */
    private static final class Waiter {
        private final UniEmitter<? super Slot> emitter;
        private final IntConsumer positions;
        private int lastPosition = Integer.MAX_VALUE;
        private Slot granted;

        Waiter(UniEmitter<? super Slot> emitter, IntConsumer positions) {
            this.emitter = emitter;
            this.positions = positions;
        }

        /** Under this waiter's lock, so that two threads telling it at once cannot deliver out of order. */
        synchronized void tell(int position) {
            if (position < lastPosition) {
                lastPosition = position;
                positions.accept(position);
            }
        }
    }

    private final int parallel;
    private final int maxQueue;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inFlight;

    @Inject
    public GenerationQueue(ArticleChatConfig config) {
        this(config.ollama().parallel(), config.ollama().maxQueue());
    }

    public GenerationQueue(int parallel, int maxQueue) {
        this.parallel = parallel;
        this.maxQueue = maxQueue;
    }

    /**
     * A slot when one is free, else after the asks ahead of this one; {@code positions} hears how many are ahead
     * whenever that falls. Cancelling the wait leaves the queue at once.
     */
    public Uni<Slot> slot(IntConsumer positions) {
        Waiter[] self = new Waiter[1];
        return Uni.createFrom().<Slot>emitter(emitter -> {
            Waiter waiter = new Waiter(emitter, positions);
            Slot now = null;
            boolean full = false;
            int ahead = 0;
            synchronized (this) {
                if (inFlight < parallel && waiting.isEmpty()) {
                    inFlight++;
                    now = new Slot();
                } else if (waiting.size() >= maxQueue) {
                    full = true;
                } else {
                    ahead = waiting.size();
                    waiting.addLast(waiter);
                    self[0] = waiter;
                }
            }
            if (now != null) {
                emitter.complete(now);
            } else if (full) {
                emitter.fail(new Busy(maxQueue));
            } else {
                waiter.tell(ahead);
            }
        }).onCancellation().invoke(() -> leave(self[0]));
    }

    /** Asks waiting for a slot now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Generations in flight now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    private void leave(Waiter waiter) {
        if (waiter == null) {
            return;
        }
        Slot granted;
        List<Waiter> behind;
        synchronized (this) {
            granted = waiter.granted;
            behind = waiting.remove(waiter) ? new ArrayList<>(waiting) : List.of();
        }
        if (granted != null) {
            granted.release(); // granted as the wait was cancelled: nobody will use it
        }
        tellPositions(behind);
    }

    private void freed() {
        List<Waiter> next = new ArrayList<>();
        List<Waiter> behind;
        synchronized (this) {
            inFlight--;
            while (inFlight < parallel && !waiting.isEmpty()) {
                Waiter waiter = waiting.pollFirst();
                waiter.granted = new Slot();
                inFlight++;
                next.add(waiter);
            }
            behind = next.isEmpty() ? List.of() : new ArrayList<>(waiting);
        }
        // outside the lock: a granted ask starts its generation, and notices go to other asks' streams
        next.forEach(waiter -> waiter.emitter.complete(waiter.granted));
        tellPositions(behind);
    }

    private static void tellPositions(List<Waiter> waiters) {
        for (int i = 0; i < waiters.size(); i++) {
            waiters.get(i).tell(i);
        }
    }
}
