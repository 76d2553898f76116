package dev.articlechat.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Passage;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import io.quarkus.runtime.StartupEvent;

/**
 * The passages for a query, best first: the embedding ranking (meaning) and the BM25 ranking (names, numbers)
 * fused by reciprocal rank, with a small k so that each ranking's first passages are offered. A query word the
 * article does not use also searches, for less, the article's words nearest to it in meaning ("casualties" finds
 * "soldiers"). Whether a query is about the documents at all is the {@link TopicGate}'s call. Each passage's score
 * is its embedding similarity (0..1).
 */
@Singleton
public class PassageRetriever {

    private final ArticleIndex index;
    private final EmbeddingModel embeddingModel;
    private final ArticleChatConfig.Retrieval config;
    private final ArticleWords words;
    private final TopicGate gate;
    private volatile KeywordIndex keywords;

    public PassageRetriever(ArticleIndex index, EmbeddingModel embeddingModel, ArticleChatConfig config,
            ArticleWords words, TopicGate gate) {
        this.index = index;
        this.gate = gate;
        this.words = words;
        this.embeddingModel = embeddingModel;
        this.config = config.retrieval();
    }

    /** After the documents are embedded: build the keyword index and warm the query path, so no first ask pays. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        if (config.fusionK() < 1) {
            // LangChain4j's own check names no setting ("k must be between 1 and …")
            throw new IllegalStateException(
                    "article-chat.retrieval.fusion-k must be 1 or more; it is " + config.fusionK());
        }
        keywords = new KeywordIndex(index.passages());
        // a heading's own words: warms the path without waiting for the documents' words for stand-ins, which are
        // embedded in the background once started (ArticleWords)
        index.passages().stream().findFirst().ifPresent(first -> retrieve(first.section()));
    }

    /** How many passages a question is offered (k). */
    public int maxResults() {
        return config.maxResults();
    }

    /** The configured top-k for a question, over all documents; none when it is off-topic. */
    public List<ScoredPassage> retrieve(String query) {
        return retrieve(query, config.maxResults(), Set.of());
    }

    /** The top-k for a query among the passages of {@code documents} (all when empty); none when it is off-topic. */
    public List<ScoredPassage> retrieve(String query, int k, Set<String> documents) {
        Found found = search(query, k, documents);
        return found.onTopic() ? found.passages() : List.of();
    }

    /** The passages for a query, best first, and whether it is about the documents at all. */
    public record Found(List<ScoredPassage> passages, boolean onTopic) {
    }

    /** The top-k for a query among the passages of {@code documents} (all when empty), off-topic or not. */
    public Found search(String query, int k, Set<String> documents) {
        return search(query, List.of(), k, documents);
    }

    /**
     * Likewise, with the rankings of {@code alsoQueries} fused in too: a follow-up whose standalone query is its
     * words plus the previous question's is also searched on its own words, which name what it adds. Whether it is
     * on topic is read from {@code query}.
     */
    public Found search(String query, List<String> alsoQueries, int k, Set<String> documents) {
        int candidates = Math.max(k, config.candidates());
        Map<String, Double> similarity = new LinkedHashMap<>();
        List<List<Content>> rankings = new ArrayList<>();
        List<EmbeddingMatch<Passage>> closest = List.of();
        Embedding queryVector = null;
        for (String q : concat(query, alsoQueries)) {
            // the in-memory store filters only on text-segment metadata: a chosen few documents are searched whole
            Embedding vector = embeddingModel.embed(q).content();
            List<EmbeddingMatch<Passage>> byMeaning = index.store().search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(vector)
                    .maxResults(documents.isEmpty() ? candidates : Math.max(1, index.passages().size()))
                    .build()).matches().stream()
                    .filter(match -> documents.isEmpty() || documents.contains(match.embedded().document()))
                    .limit(candidates)
                    .toList();
            if (q.equals(query)) {
                closest = byMeaning;
                queryVector = vector;
            }
            byMeaning.forEach(m -> similarity.merge(m.embedded().id(), m.score(), Math::max));
            rankings.add(byMeaning.stream().map(m -> content(m.embedded().id())).toList());
            rankings.add(keywords.search(q, words.standIns(q), candidates, documents).stream()
                    .map(hit -> content(hit.id())).toList());
        }
        List<ScoredPassage> fused = new ArrayList<>();
        for (Content content : ReciprocalRankFuser.fuse(rankings, config.fusionK())) {
            String id = content.textSegment().metadata().getString("id");
            fused.add(new ScoredPassage(index.passage(id).orElseThrow(), similarity.getOrDefault(id, 0.0)));
            if (fused.size() == k) {
                break;
            }
        }
        return new Found(fused, !fused.isEmpty() && gate.onTopic(query, queryVector, closest));
    }

    private static List<String> concat(String query, List<String> alsoQueries) {
        List<String> all = new ArrayList<>(List.of(query));
        all.addAll(alsoQueries);
        return all;
    }

    /** Fusion compares contents by their text segment, so each passage is its id. */
    private static Content content(String passageId) {
        return Content.from(TextSegment.from(passageId, Metadata.from("id", passageId)));
    }
}
