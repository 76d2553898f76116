package dev.articlechat.retrieval;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.EmbeddingCache;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether a question is about the documents at all, from the documents' own statistics: at start-up, generic
 * questions (about nothing in particular, {@link LanguageData#genericQuestions()}) are matched against the passages,
 * and where their best scores fall is what "off-topic" looks like for this corpus. A question is off-topic only when
 * its best passage scores below that baseline's configured quantile and most of its salient words (those not of
 * asking, nor found all over the documents) are not distinctive words of the documents: "a good recipe for
 * pancakes" shares "good" with an article on trade goods, and is still off-topic. A near-topic question is left to
 * the model (or, without one, to the answerability check). Without generic questions for the language, no question
 * is off-topic by meaning.
 */
@Singleton
public class TopicGate {

    private final ArticleIndex index;
    private final ArticleWords words;
    private final SalientTerms salientTerms;
    private final LanguageData language;
    private final EmbeddingCache embeddings;
    private final double quantile;
    private volatile double threshold;
    private volatile double ceiling;

    public TopicGate(ArticleIndex index, ArticleWords words, SalientTerms salientTerms, LanguageData language,
            EmbeddingCache embeddings, ArticleChatConfig config) {
        this.index = index;
        this.words = words;
        this.salientTerms = salientTerms;
        this.language = language;
        this.embeddings = embeddings;
        this.quantile = config.retrieval().offTopicQuantile();
    }

    /** After the documents are embedded: the baseline, from the generic questions' best scores. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        List<String> generic = language.genericQuestions();
        if (generic.isEmpty() || index.passages().isEmpty()) {
            return;
        }
        double[] best = embeddings.embedAll(generic).stream().mapToDouble(this::bestScore).sorted().toArray();
        threshold = best[Math.min(best.length - 1, (int) Math.floor(quantile * best.length))];
        ceiling = best[best.length - 1];
        Log.infof("Off-topic baseline: %d generic questions score %.3f to %.3f against the documents; below %.3f "
                + "(quantile %.2f) a question with no distinctive word of theirs is off-topic", best.length, best[0],
                best[best.length - 1], threshold, quantile);
    }

    /** Whether {@code query}, whose closest passage in meaning scores {@code bestSimilarity}, is about the documents. */
    public boolean onTopic(String query, double bestSimilarity) {
        return bestSimilarity >= threshold || mostlyDistinctiveWords(query);
    }

    /**
     * The best score any generic question reaches: a question whose passages score above it is about the documents
     * beyond doubt, whatever words it uses.
     */
    public double ceiling() {
        return ceiling;
    }

    private boolean mostlyDistinctiveWords(String query) {
        List<String> salient = salientTerms.of(query);
        long distinctive = salient.stream().filter(words::distinctive).count();
        return distinctive > 0 && distinctive * 2 >= salient.size();
    }

    private double bestScore(Embedding question) {
        List<EmbeddingMatch<?>> matches = List.copyOf(index.store().search(EmbeddingSearchRequest.builder()
                .queryEmbedding(question).maxResults(1).build()).matches());
        return matches.isEmpty() ? 0 : matches.get(0).score();
    }
}
