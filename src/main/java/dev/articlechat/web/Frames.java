package dev.articlechat.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.ollama.GenerationQueue;
import dev.articlechat.ollama.UpstreamException;
import io.quarkus.logging.Log;

/**
 * The JSON of the stream frames, shared by the WebSocket and SSE: {@code queued}, {@code token}, {@code done} (the answer's
 * fields) and {@code error}, each with the {@code id} of its ask (left out when the client gave none).
 */
@Singleton
public class Frames {

    private final ObjectMapper json;

    public Frames(ObjectMapper json) {
        this.json = json;
    }

    public String of(String id, AnswerEvent event) {
        ObjectNode frame = frame(type(event), id);
        if (event instanceof AnswerEvent.Queued queued) {
            frame.put("position", queued.position());
        } else if (event instanceof AnswerEvent.Token token) {
            frame.put("text", token.text());
        } else {
            frame.setAll((ObjectNode) json.valueToTree(((AnswerEvent.Done) event).answer()));
        }
        return frame.toString();
    }

    public String error(String id, String message) {
        return frame("error", id).put("error", message).toString();
    }

    /** The error frame for a failed ask: Ollama's reason or a full queue as it is, anything else without internals. */
    public String error(String id, Throwable failure) {
        if (failure instanceof UpstreamException || failure instanceof GenerationQueue.Busy) {
            return error(id, failure.getMessage());
        }
        Log.error("An ask failed unexpectedly", failure);
        return error(id, "Internal error while answering: the server log has the details; ask again");
    }

    /** The frame type a frame's JSON carries, for SSE event names. */
    public static String type(AnswerEvent event) {
        return event instanceof AnswerEvent.Queued ? "queued" : event instanceof AnswerEvent.Token ? "token" : "done";
    }

    private ObjectNode frame(String type, String id) {
        ObjectNode frame = json.createObjectNode().put("type", type);
        if (id != null) {
            frame.put("id", id);
        }
        return frame;
    }
}
