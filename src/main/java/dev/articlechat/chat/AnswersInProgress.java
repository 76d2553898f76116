package dev.articlechat.chat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The answers streaming now, so that on SIGTERM each ends at once with what it has so far and a notice: no stream
 * is cut without its done. A JVM shutdown hook does it, because Quarkus's own shutdown first waits for requests in
 * flight (an SSE stream is one) for {@code quarkus.shutdown.timeout}, and fires its ShutdownEvent only after that.
 */
@Singleton
class AnswersInProgress {

    static final String STOPPING = "The server is stopping, so this answer ends here: ask again in a moment.";
    /** Long enough for the done frames to be written before the server closes its connections. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Set<Turn> turns = ConcurrentHashMap.newKeySet();
    private final Thread onSigterm = new Thread(this::stopAll, "stop-answers-on-sigterm");

    void add(Turn turn) {
        turns.add(turn);
    }

    void remove(Turn turn) {
        turns.remove(turn);
    }

    void onStart(@Observes StartupEvent event) {
        Runtime.getRuntime().addShutdownHook(onSigterm);
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            Runtime.getRuntime().removeShutdownHook(onSigterm);
        } catch (IllegalStateException alreadyRunning) {
            // the JVM is stopping: the hook runs beside this
        }
        stopAll();
    }

    private void stopAll() {
        if (turns.isEmpty()) {
            return;
        }
        Log.infof("Stopping %d answer(s) in progress: the server is stopping", turns.size());
        turns.forEach(turn -> turn.stop(STOPPING));
        long deadline = System.nanoTime() + DRAIN_NANOS;
        while (!turns.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
