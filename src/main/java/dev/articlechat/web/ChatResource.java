package dev.articlechat.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.chat.Ask;
import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.ConversationMemories;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/chat")
@Tag(name = "chat")
public class ChatResource {

    private final Asks asks;
    private final ConversationMemories conversations;
    private final Frames frames;

    public ChatResource(Asks asks, ConversationMemories conversations, Frames frames) {
        this.asks = asks;
        this.conversations = conversations;
        this.frames = frames;
    }

    // Blocking (a worker thread): with Redis, whether a conversationId is known is a round trip (at most
    // quarkus.redis.timeout), which must not hold the event loop; the answer itself still streams without blocking
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question about the article", description = "The whole answer at once, with the "
            + "passages it cites. Pass the conversationId of an earlier answer to ask a follow-up, and 'documents' (names "
            + "from GET /api/article) to look only in those.")
    public Uni<ChatAnswer> ask(ChatRequest request, @Context HttpServerRequest http) {
        return start(request, http).events()
                .filter(AnswerEvent.Done.class::isInstance)
                .map(event -> ((AnswerEvent.Done) event).answer())
                .toUni();
    }

    @POST
    @Blocking
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Ask a question and stream the answer as Server-Sent Events", description = "Events "
            + "'queued' (while it waits for the model), 'token' (zero or more), then 'done' (the whole checked answer) "
            + "or 'error'; each event's data is the "
            + "JSON of the matching WebSocket frame. Closing the connection cancels the generation.")
    public Multi<OutboundSseEvent> stream(ChatRequest request, @Context Sse sse, @Context HttpServerRequest http) {
        Ask ask = start(request, http);
        return ask.events()
                .map(event -> event(sse, Frames.type(event), frames.of(null, event)))
                .onFailure().recoverWithItem(failure -> event(sse, "error", frames.error(null, failure)));
    }

    /** The ask, holding one of the client's slots until its events end (or are cancelled). */
    private Ask start(ChatRequest request, HttpServerRequest http) {
        if (request == null) {
            throw new ApiException(400, "Send a JSON body such as {\"question\": \"When was the treaty signed?\"}");
        }
        return asks.start(http.remoteAddress().hostAddress(), request.question(), request.documents(),
                () -> conversationId(request.conversationId()));
    }

    private static OutboundSseEvent event(Sse sse, String name, String data) {
        return sse.newEventBuilder().name(name).data(String.class, data).build();
    }

    private String conversationId(String requested) {
        if (requested == null || requested.isBlank()) {
            return conversations.newConversation();
        }
        if (!conversations.exists(requested)) {
            throw new ApiException(404, "Unknown conversationId '" + requested.strip()
                    + "' (it may have expired): leave it out to start a new conversation");
        }
        return requested;
    }
}
