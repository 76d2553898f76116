package dev.articlechat.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.chat.Ask;
import dev.articlechat.chat.ConversationMemories;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.TextDecodeException;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.buffer.Buffer;

/**
 * The chat over a WebSocket: one conversation per socket, one ask at a time. {@code ask} streams {@code token}
 * frames (after {@code queued} frames while it waits for the model) then one {@code done} (or an {@code error}); {@code stop} ends the running ask with a done
 * {@code "stopped"} and cancels Ollama's generation. Bad frames get an {@code error} frame; the socket stays open.
 * An ask may name the {@code conversationId} of an earlier done to continue that conversation on a new socket (a
 * reloaded page); conversations outlive their socket, within the memory's bounds.
 */
@WebSocket(path = "/ws/chat")
public class ChatSocket {

    private static final String NOT_A_FRAME =
            "Frames are JSON objects such as {\"type\": \"ask\", \"question\": \"...\", \"id\": \"1\"}";

    /** An ask in flight on one socket. */
    private record Running(String id, Ask ask, AtomicReference<Cancellable> subscription) {
        void cancel() {
            Cancellable current = subscription.get();
            if (current != null) {
                current.cancel();
            }
        }
    }

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Asks asks;
    private final ConversationMemories conversations;
    private final Frames frames;
    private final int maxMessageSize;

    public ChatSocket(Asks asks, ConversationMemories conversations, Frames frames,
            @ConfigProperty(name = "quarkus.websockets-next.server.max-message-size") int maxMessageSize) {
        this.asks = asks;
        this.conversations = conversations;
        this.frames = frames;
        this.maxMessageSize = maxMessageSize;
    }

    /** On a worker thread: with Redis, continuing a conversation asks Redis whether it is known (see ChatResource). */
    @OnTextMessage
    @Blocking
    public Uni<Void> onFrame(ClientFrame frame, WebSocketConnection connection) {
        if (frame == null) {
            return connection.sendText(frames.error(null, NOT_A_FRAME));
        }
        String type = frame.type() == null ? "" : frame.type();
        return switch (type) {
            case "ask" -> ask(connection, frame);
            case "stop" -> stop(connection, frame.askId());
            default -> connection.sendText(frames.error(frame.askId(), "Unknown frame type '" + type
                    + "': send {\"type\": \"ask\", ...} or {\"type\": \"stop\", ...}"));
        };
    }

    /** A text frame that is not JSON, or not of a frame's shape: say what was wrong; the socket stays open. */
    @OnError
    public Uni<Void> onUnreadable(TextDecodeException error, WebSocketConnection connection) {
        String field = null;
        for (Throwable cause = error; cause != null && field == null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                field = mismatch.getPath().get(0).getFieldName();
            }
        }
        return connection.sendText(frames.error(null, field == null ? NOT_A_FRAME : ClientFrame.expected(field)));
    }

    @OnBinaryMessage
    public Uni<Void> onBinary(Buffer ignored, WebSocketConnection connection) {
        return connection.sendText(frames.error(null, "Binary frames are not understood: send JSON text frames"));
    }

    /** Vert.x refuses a message over {@code max-message-size} mid-read; the socket cannot go on, so say why. */
    @OnError
    public Uni<Void> onTooBig(IllegalStateException error, WebSocketConnection connection) {
        Log.debugf("Socket %s: %s", connection.id(), error.getMessage());
        return connection.close(new CloseReason(WebSocketCloseStatus.MESSAGE_TOO_BIG.code(),
                "Message too big: keep frames under " + maxMessageSize + " bytes"));
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        Running current = running.remove(connection.id());
        if (current != null) {
            Log.debugf("Socket closed mid-answer: cancelling ask %s", current.id());
            current.cancel();
        }
    }

    private Uni<Void> ask(WebSocketConnection connection, ClientFrame frame) {
        String id = frame.askId();
        if (id == null) {
            return connection.sendText(frames.error(null, "An ask needs an 'id' (a string you choose)"));
        }
        // a socket's frames are handled one at a time, so nothing else starts an ask here meanwhile
        if (running.containsKey(connection.id())) {
            return connection.sendText(frames.error(id,
                    "An answer is still streaming on this socket: wait for its done, or send stop first"));
        }
        Ask ask;
        try {
            ask = asks.start(connection.userData().get(SocketUpgrade.CLIENT), frame.question(), frame.documents(),
                    () -> conversation(connection, frame.conversationId()));
        } catch (ApiException e) {
            return connection.sendText(frames.error(id, e.getMessage()));
        }
        Running entry = new Running(id, ask, new AtomicReference<>());
        running.put(connection.id(), entry);
        // the socket is free for the next ask before the final frame leaves: a client may ask again at once
        entry.subscription().set(ask.events()
                .map(event -> {
                    if (event instanceof AnswerEvent.Done) {
                        running.remove(connection.id(), entry);
                    }
                    return frames.of(id, event);
                })
                .onFailure().recoverWithItem(failure -> {
                    running.remove(connection.id(), entry);
                    return frames.error(id, failure);
                })
                // one frame at a time, in order
                .onItem().transformToUniAndConcatenate(connection::sendText)
                .onTermination().invoke(() -> running.remove(connection.id(), entry))
                .subscribe().with(sent -> {
                }, failure -> Log.debugf("Could not send to socket %s: %s", connection.id(), failure)));
        return Uni.createFrom().voidItem();
    }

    /** The conversation an ask names, if the server still has it; otherwise the socket's own. */
    private String conversation(WebSocketConnection connection, String requested) {
        return requested != null && conversations.exists(requested) ? requested : connection.id();
    }

    private Uni<Void> stop(WebSocketConnection connection, String id) {
        Running current = running.get(connection.id());
        if (current != null && (id == null || id.equals(current.id()))) {
            current.ask().stop();
        }
        return Uni.createFrom().voidItem();
    }
}
