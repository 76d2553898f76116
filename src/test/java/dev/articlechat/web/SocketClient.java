package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** A test client of {@code /ws/chat}: frames are queued in arrival order and read until an ask ends. */
final class SocketClient implements AutoCloseable {

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final WebSocketClientConnection connection;
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    SocketClient(URI base) {
        this(base, BasicWebSocketConnector.create());
    }

    /** A client that sends {@code origin} as a browser page of that origin would. */
    SocketClient(URI base, String origin) {
        this(base, BasicWebSocketConnector.create().addHeader("Origin", origin));
    }

    /** A client behind a reverse proxy that says the client's address is {@code address}. */
    static SocketClient forwardedFor(URI base, String address) {
        return new SocketClient(base, BasicWebSocketConnector.create().addHeader("X-Forwarded-For", address));
    }

    private SocketClient(URI base, BasicWebSocketConnector connector) {
        // NON_BLOCKING: frames are handled on the event loop in the order they arrive
        connection = connector
                .baseUri(base)
                .path("/ws/chat")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, message) -> frames.add(new JsonObject(message)))
                .onClose((c, reason) -> closed.complete(reason.getCode()))
                .connectAndAwait();
    }

    void send(String text) {
        connection.sendTextAndAwait(text);
    }

    void sendBinary(Buffer data) {
        connection.sendBinaryAndAwait(data);
    }

    void ask(String id, String question) {
        ask(id, question, null);
    }

    /** An ask that continues {@code conversationId} (as a reloaded page does); none when it is null. */
    void ask(String id, String question, String conversationId) {
        JsonObject frame = new JsonObject().put("type", "ask").put("id", id).put("question", question);
        if (conversationId != null) {
            frame.put("conversationId", conversationId);
        }
        send(frame.encode());
    }

    JsonObject next() throws InterruptedException {
        JsonObject frame = frames.poll(15, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 15 s").isNotNull();
        return frame;
    }

    /** Frames up to and including the one that ends an ask ({@code done} or {@code error}). */
    List<JsonObject> untilEnd() throws InterruptedException {
        List<JsonObject> received = new ArrayList<>();
        JsonObject frame;
        do {
            frame = next();
            received.add(frame);
        } while (!frame.getString("type").equals("done") && !frame.getString("type").equals("error"));
        return received;
    }

    /** The frame that ended an ask. */
    JsonObject end() throws InterruptedException {
        List<JsonObject> received = untilEnd();
        return received.get(received.size() - 1);
    }

    /** The close code the server sent, waiting for it. */
    int closeCode() throws Exception {
        return closed.get(15, TimeUnit.SECONDS);
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        connection.closeAndAwait();
    }
}
