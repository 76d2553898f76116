package dev.articlechat.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.Timings;
import dev.articlechat.chat.Transcript;
import dev.articlechat.chat.Transcripts;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.SentenceSupport;

@Path("/api/conversations")
@Tag(name = "conversations")
public class ConversationResource {

    static final String MARKDOWN = "text/markdown";
    private static final MediaType MARKDOWN_TYPE = MediaType.valueOf(MARKDOWN);

    /** A conversation as exported: its answered turns, oldest first. */
    public record Export(String conversationId, List<ExportedTurn> turns) {
    }

    /** One turn as exported; {@code turn} is its index, as feedback names it. */
    public record ExportedTurn(int turn, String question, String answer, List<Citation> citations,
            ChatAnswer.Source source, List<SentenceSupport> support, Timings timings) {
    }

    private final Transcripts transcripts;

    public ConversationResource(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    @GET
    @Path("/{conversationId}")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Operation(summary = "Export a conversation", description = "Its answered turns as JSON, or as a Markdown "
            + "document (Accept: text/markdown, or ?format=markdown) whose citations are footnotes quoting their "
            + "passages. 404 when the server does not have the conversation (unknown, expired, or nothing answered).")
    public Response export(@PathParam("conversationId") String conversationId, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean markdown = markdown(format, headers);
        Transcript transcript = transcripts.find(conversationId).orElseThrow(() -> new ApiException(404,
                "No conversation '" + conversationId + "' here: it is unknown, has expired, or has no answer yet"));
        if (markdown) {
            return Response.ok(ConversationMarkdown.of(transcript), MARKDOWN + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(conversationId) + "\"")
                    .build();
        }
        List<ExportedTurn> turns = IntStream.range(0, transcript.turns().size()).mapToObj(i -> {
            ChatAnswer a = transcript.turns().get(i).answer();
            return new ExportedTurn(transcript.firstTurn() + i, transcript.turns().get(i).question(), a.answer(),
                    a.citations(), a.source(), a.support(), a.timings());
        }).toList();
        return Response.ok(new Export(transcript.conversationId(), turns), MediaType.APPLICATION_JSON).build();
    }

    /** {@code ?format} decides when given; otherwise the client's most preferred of the two types. */
    private static boolean markdown(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "markdown", "md" -> true;
                case "json" -> false;
                default -> throw new ApiException(400, "'format' must be markdown or json");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.isCompatible(MARKDOWN_TYPE))
                .findFirst()
                // */* takes either: JSON, the API's own; text/* takes Markdown only
                .map(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }

    /** A name any file system takes: the conversation id's letters, digits and dashes. */
    static String fileName(String conversationId) {
        String safe = conversationId.replaceAll("[^A-Za-z0-9-]", "");
        return "conversation-" + (safe.isEmpty() ? "export" : safe) + ".md";
    }
}
