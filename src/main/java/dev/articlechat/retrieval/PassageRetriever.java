package dev.articlechat.retrieval;

import java.util.List;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Passage;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;

/** The passages closest in meaning to a query, best first. */
@Singleton
public class PassageRetriever {

    private final ArticleIndex index;
    private final EmbeddingModel embeddingModel;
    private final ArticleChatConfig.Retrieval config;

    public PassageRetriever(ArticleIndex index, EmbeddingModel embeddingModel, ArticleChatConfig config) {
        this.index = index;
        this.embeddingModel = embeddingModel;
        this.config = config.retrieval();
    }

    /** The configured top-k for a question. */
    public List<ScoredPassage> retrieve(String query) {
        return retrieve(query, config.maxResults());
    }

    public List<ScoredPassage> retrieve(String query, int k) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(embeddingModel.embed(query).content())
                .maxResults(k)
                .minScore(config.minScore())
                .build();
        return index.store().search(request).matches().stream()
                .map(match -> new ScoredPassage((Passage) match.embedded(), match.score()))
                .toList();
    }
}
