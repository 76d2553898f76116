package dev.articlechat.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.chat.Ask;
import dev.articlechat.chat.ChatService;
import dev.articlechat.chat.ConversationMemories;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.buffer.Buffer;

/**
 * The chat over a WebSocket: one conversation per socket, one ask at a time. {@code ask} streams {@code token}
 * frames then one {@code done} (or an {@code error}); {@code stop} ends the running ask with a done
 * {@code "stopped"} and cancels Ollama's generation. Bad frames get an {@code error} frame; the socket stays open.
 * An ask may name the {@code conversationId} of an earlier done to continue that conversation on a new socket (a
 * reloaded page); conversations outlive their socket, within the memory's bounds.
 */
@WebSocket(path = "/ws/chat")
public class ChatSocket {

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
    private final ChatService chat;
    private final ConversationMemories conversations;
    private final QuestionValidator validator;
    private final Frames frames;
    private final ObjectMapper json;
    private final int maxMessageSize;
    private final ClientLimits limits;
    private final DocumentChoice documentChoice;

    public ChatSocket(ChatService chat, ConversationMemories conversations, QuestionValidator validator,
            Frames frames, ObjectMapper json, ClientLimits limits, DocumentChoice documentChoice,
            @ConfigProperty(name = "quarkus.websockets-next.server.max-message-size") int maxMessageSize) {
        this.documentChoice = documentChoice;
        this.maxMessageSize = maxMessageSize;
        this.limits = limits;
        this.chat = chat;
        this.conversations = conversations;
        this.validator = validator;
        this.frames = frames;
        this.json = json;
    }

    @OnTextMessage
    public Uni<Void> onText(String message, WebSocketConnection connection) {
        JsonNode frame;
        try {
            frame = json.readTree(message);
        } catch (JsonProcessingException e) {
            frame = null;
        }
        if (frame == null || !frame.isObject()) {
            return connection.sendText(frames.error(null,
                    "Frames are JSON objects such as {\"type\": \"ask\", \"question\": \"...\", \"id\": \"1\"}"));
        }
        String id = frame.path("id").isTextual() || frame.path("id").isNumber() ? frame.path("id").asText() : null;
        String type = frame.path("type").asText("");
        return switch (type) {
            case "ask" -> ask(connection, id, frame);
            case "stop" -> stop(connection, id);
            default -> connection.sendText(frames.error(id, "Unknown frame type '" + type
                    + "': send {\"type\": \"ask\", ...} or {\"type\": \"stop\", ...}"));
        };
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

    private Uni<Void> ask(WebSocketConnection connection, String id, JsonNode frame) {
        if (id == null) {
            return connection.sendText(frames.error(null, "An ask needs an 'id' (a string you choose)"));
        }
        JsonNode questionNode = frame.path("question");
        String question;
        Set<String> documents;
        try {
            question = validator.valid(questionNode.isTextual() ? questionNode.asText() : null, "question");
            documents = documentChoice.valid(documentNames(frame.path("documents")));
        } catch (ApiException e) {
            return connection.sendText(frames.error(id, e.getMessage()));
        }
        Ask ask = chat.ask(conversation(connection, frame.path("conversationId")), question, documents);
        Running entry = new Running(id, ask, new AtomicReference<>());
        if (running.putIfAbsent(connection.id(), entry) != null) {
            return connection.sendText(frames.error(id,
                    "An answer is still streaming on this socket: wait for its done, or send stop first"));
        }
        Runnable release;
        try {
            release = limits.acquire(connection.userData().get(SocketUpgrade.CLIENT));
        } catch (ApiException e) {
            running.remove(connection.id(), entry);
            return connection.sendText(frames.error(id, e.getMessage()));
        }
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
                .onTermination().invoke(() -> {
                    running.remove(connection.id(), entry);
                    release.run();
                })
                .subscribe().with(sent -> {
                }, failure -> Log.debugf("Could not send to socket %s: %s", connection.id(), failure)));
        return Uni.createFrom().voidItem();
    }

    /** The names of an ask's {@code documents}: absent or null means none; anything but strings is refused. */
    private static List<String> documentNames(JsonNode documents) {
        if (documents.isMissingNode() || documents.isNull()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (documents.isArray()) {
            documents.forEach(name -> names.add(name.isTextual() ? name.asText() : null));
        }
        if (!documents.isArray() || names.contains(null)) {
            throw new ApiException(400, "'documents' must be a list of document names, such as [\"faq.md\"]");
        }
        return names;
    }

    /** The conversation an ask names, if the server still has it; otherwise the socket's own. */
    private String conversation(WebSocketConnection connection, JsonNode requested) {
        return requested.isTextual() && conversations.exists(requested.asText()) ? requested.asText()
                : connection.id();
    }

    private Uni<Void> stop(WebSocketConnection connection, String id) {
        Running current = running.get(connection.id());
        if (current != null && (id == null || id.equals(current.id()))) {
            current.ask().stop();
        }
        return Uni.createFrom().voidItem();
    }
}
