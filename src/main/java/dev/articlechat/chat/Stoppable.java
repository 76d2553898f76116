package dev.articlechat.chat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;

/** An answer's events that {@link Turn#stop()} cuts short: upstream cancelled, then a stopped done. */
final class Stoppable {

    private Stoppable() {
    }

    static Multi<AnswerEvent> events(Multi<AnswerEvent> answer, Turn turn, Supplier<AnswerEvent> stopped) {
        return Multi.createFrom().emitter(emitter -> {
            // The stop action is registered before upstream runs. This lambda may run on an event loop that holds
            // its connection's lock (RESTEasy subscribes from a write listener), while an upstream thread that
            // holds the turn's lock (emitUnlessStopped) writes to that same connection: taking the turn's lock
            // here once upstream runs deadlocked both (found by the soak, SoakBenchmark).
            AtomicReference<Cancellable> upstream = new AtomicReference<>();
            turn.attach(() -> {
                cancel(upstream);
                emitter.emit(stopped.get());
                emitter.complete();
            }, emitter::emit);
            emitter.onTermination(() -> cancel(upstream));
            upstream.set(answer.subscribe().with(
                    event -> turn.emitUnlessStopped(() -> emitter.emit(event)),
                    error -> turn.emitUnlessStopped(() -> emitter.fail(error)),
                    () -> turn.emitUnlessStopped(emitter::complete)));
            if (emitter.isCancelled()) {
                cancel(upstream); // terminated while subscribing
            }
        });
    }

    private static void cancel(AtomicReference<Cancellable> upstream) {
        Cancellable current = upstream.get();
        if (current != null) {
            current.cancel();
        }
    }
}
