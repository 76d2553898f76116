package dev.articlechat.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.retrieval.PassageRetriever;

@Path("/api/passages")
@Tag(name = "retrieval")
public class PassagesResource {

    /** {@code {"passages": [...]}}, best first. */
    public record Found(List<FoundPassage> passages) {
    }

    private final PassageRetriever retriever;
    private final QuestionValidator validator;
    private final ArticleChatConfig.Retrieval config;

    private final DocumentChoice documentChoice;

    public PassagesResource(PassageRetriever retriever, QuestionValidator validator, ArticleChatConfig config,
            DocumentChoice documentChoice) {
        this.documentChoice = documentChoice;
        this.retriever = retriever;
        this.validator = validator;
        this.config = config.retrieval();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What retrieval finds for a query", description = "The passages that would be offered "
            + "to the model, best first, with their scores; 'documents' (repeatable) limits the search to those.")
    public Found find(@QueryParam("query") String query, @QueryParam("k") String k,
            @QueryParam("documents") List<String> documents) {
        String valid = validator.valid(query, "query");
        return new Found(retriever.retrieve(valid, k(k), documentChoice.valid(documents)).stream()
                .map(FoundPassage::of).toList());
    }

    /** k arrives as text so that a bad value is a 400 with a reason, not JAX-RS's bare 404. */
    private int k(String k) {
        if (k == null || k.isBlank()) {
            return config.maxResults();
        }
        try {
            int value = Integer.parseInt(k.strip());
            if (value >= 1 && value <= config.maxK()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(400, "'k' must be a whole number from 1 to " + config.maxK());
    }
}
