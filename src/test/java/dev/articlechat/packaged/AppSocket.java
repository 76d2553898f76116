package dev.articlechat.packaged;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/** A client of a packaged app's {@code /ws/chat} (the JDK's, as any script's): frames kept in arrival order. */
final class AppSocket implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    AppSocket(PackagedApp app) throws Exception {
        socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + app.base().getPort() + "/ws/chat"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(new JsonObject(partial.toString()));
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    void send(JsonObject frame) throws Exception {
        socket.sendText(frame.encode(), true).get(10, TimeUnit.SECONDS);
    }

    /** The next frame, or null when none comes within {@code wait}. */
    JsonObject next(Duration wait) throws InterruptedException {
        return frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
