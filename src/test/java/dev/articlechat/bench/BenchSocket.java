package dev.articlechat.bench;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.json.JsonObject;

/**
 * A benchmark client of {@code /ws/chat}: one conversation, one ask at a time, never blocking the event loop, so
 * that hundreds can run in one JVM. Frames of the current ask are timed into its {@link AskTrace}.
 */
final class BenchSocket implements AutoCloseable {

    private final AtomicReference<AskTrace> current = new AtomicReference<>();
    private final AtomicInteger asks = new AtomicInteger();
    private final WebSocketClientConnection connection;

    BenchSocket(URI base) {
        this(base, BasicWebSocketConnector.create());
    }

    /** A reader behind a reverse proxy that forwards for {@code address}. */
    static BenchSocket forwardedFor(URI base, String address) {
        return new BenchSocket(base, BasicWebSocketConnector.create().addHeader("X-Forwarded-For", address));
    }

    private BenchSocket(URI base, BasicWebSocketConnector connector) {
        // NON_BLOCKING: frames are handled on the event loop the moment they arrive
        connection = connector.baseUri(base).path("/ws/chat")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, message) -> onFrame(message))
                .onClose((c, reason) -> {
                    AskTrace trace = current.get();
                    if (trace != null) {
                        trace.end(AskTrace.LOST);
                    }
                })
                .connectAndAwait();
    }

    private void onFrame(String message) {
        AskTrace trace = current.get();
        if (trace == null) {
            return;
        }
        if (message.startsWith("{\"type\":\"token\"")) {
            trace.token(); // timed before parsing: the parse is the client's cost, not ours
            return;
        }
        JsonObject frame = new JsonObject(message);
        String type = frame.getString("type");
        if (type.equals("done") || type.equals("error")) {
            current.compareAndSet(trace, null);
            trace.end(frame);
        } else if (type.equals("token")) {
            trace.token();
        } else if (type.equals("queued")) {
            trace.queued(frame.getInteger("position"));
        }
    }

    /** Sends an ask without waiting; its trace completes with the frame that ends it. */
    AskTrace ask(String question) {
        AskTrace trace = new AskTrace(question);
        current.set(trace);
        String id = "a" + asks.incrementAndGet();
        connection.sendText(new JsonObject().put("type", "ask").put("id", id).put("question", question).encode())
                .subscribe().with(v -> {
                }, failure -> trace.end(AskTrace.LOST));
        return trace;
    }

    /** Asks the current ask to stop (ends it with a done "stopped"). */
    void stop() {
        connection.sendText("{\"type\":\"stop\"}").subscribe().with(v -> {
        }, failure -> {
        });
    }

    @Override
    public void close() {
        current.set(null);
        connection.closeAndAwait();
    }
}
