package dev.articlechat.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.SourceDocument;

/** The documents an ask limits retrieval to: names that the index serves; none named means all. */
@Singleton
public class DocumentChoice {

    private final ArticleIndex index;

    public DocumentChoice(ArticleIndex index) {
        this.index = index;
    }

    /** The chosen names; an {@link ApiException} 400 naming the first one that is not served. */
    public Set<String> valid(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        Set<String> served = index.documents().stream().map(SourceDocument::name).collect(Collectors.toSet());
        for (String name : names) {
            if (name == null || !served.contains(name)) {
                throw new ApiException(400, "Unknown document " + (name == null ? "null" : "'" + name + "'")
                        + " in 'documents': GET /api/article lists the documents served");
            }
        }
        return Set.copyOf(new LinkedHashSet<>(names));
    }
}
