package dev.articlechat.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.Skipped;
import dev.articlechat.ingest.SourceDocument;

@Path("/api/article")
@Tag(name = "article")
public class ArticleResource {

    /**
     * The documents with their full text, every passage with its offsets into them, and the files of the documents
     * folder that are not served, with why.
     */
    public record Article(List<SourceDocument> documents, List<Passage> passages, List<Skipped> skipped) {
    }

    private final ArticleIndex index;

    public ArticleResource(ArticleIndex index) {
        this.index = index;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents and their passages")
    public Article article() {
        return new Article(index.documents(), index.passages(), index.skipped());
    }
}
