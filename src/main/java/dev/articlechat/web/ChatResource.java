package dev.articlechat.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.ChatService;
import dev.articlechat.chat.ConversationMemories;
import io.smallrye.mutiny.Uni;

@Path("/api/chat")
@Tag(name = "chat")
public class ChatResource {

    private final ChatService chat;
    private final ConversationMemories conversations;
    private final QuestionValidator validator;

    public ChatResource(ChatService chat, ConversationMemories conversations, QuestionValidator validator) {
        this.chat = chat;
        this.conversations = conversations;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question about the article", description = "The whole answer at once, with the "
            + "passages it cites. Pass the conversationId of an earlier answer to ask a follow-up.")
    public Uni<ChatAnswer> ask(ChatRequest request) {
        if (request == null) {
            throw new ApiException(400, "Send a JSON body such as {\"question\": \"When was the treaty signed?\"}");
        }
        String question = validator.valid(request.question(), "question");
        String conversationId = conversationId(request.conversationId());
        return chat.ask(conversationId, question)
                .filter(AnswerEvent.Done.class::isInstance)
                .map(event -> ((AnswerEvent.Done) event).answer())
                .toUni();
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
