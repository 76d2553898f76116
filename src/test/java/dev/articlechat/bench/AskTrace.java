package dev.articlechat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.articlechat.ollama.StandInOllama;
import io.vertx.core.json.JsonObject;

/**
 * One ask as a client saw it: when it was sent, when each token arrived ({@link System#nanoTime()}: the app, the
 * stand-in and the clients share this JVM, so readings compare), and the frame that ended it.
 */
final class AskTrace {

    /** The end of an ask whose stream closed without a done or an error: a lost answer. */
    static final JsonObject LOST = new JsonObject().put("type", "lost");

    private final String question;
    private final long askedNanos = System.nanoTime();
    private final List<Long> tokenNanos = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final CompletableFuture<JsonObject> end = new CompletableFuture<>();
    private volatile long endNanos;

    AskTrace(String question) {
        this.question = question;
    }

    String question() {
        return question;
    }

    long askedNanos() {
        return askedNanos;
    }

    /** The queue positions the ask was told while it waited for the model, in order. */
    synchronized void queued(int position) {
        positions.add(position);
    }

    synchronized List<Integer> positions() {
        return List.copyOf(positions);
    }

    synchronized void token() {
        tokenNanos.add(System.nanoTime());
    }

    void end(JsonObject frame) {
        endNanos = System.nanoTime();
        end.complete(frame);
    }

    CompletableFuture<JsonObject> ended() {
        return end;
    }

    /** The frame that ended the ask ({@code done}, {@code error}, or {@link #LOST}); null if none in time. */
    JsonObject awaitEnd(long seconds) {
        try {
            return end.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    String endType() {
        JsonObject frame = end.getNow(null);
        return frame == null ? "none" : frame.getString("type");
    }

    /** From the ask leaving the client to its first token arriving; -1 without tokens. */
    synchronized long firstTokenNanos() {
        return tokenNanos.isEmpty() ? -1 : tokenNanos.get(0) - askedNanos;
    }

    long totalNanos() {
        return endNanos - askedNanos;
    }

    /** For each token, how long it took from the stand-in writing it to this client receiving it. */
    synchronized List<Long> tokenDelays(StandInOllama.Served served) {
        List<Long> sent = served.tokenNanos();
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < Math.min(sent.size(), tokenNanos.size()); i++) {
            delays.add(tokenNanos.get(i) - sent.get(i));
        }
        return delays;
    }
}
