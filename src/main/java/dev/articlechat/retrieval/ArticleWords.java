package dev.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.quarkus.logging.Log;

/**
 * The article's words, each embedded on its own, so that a word of a question the article does not use can stand
 * for the article's words nearest to it in meaning ("borrowing" for "debt", "troops" for "soldiers").
 */
@Singleton
public class ArticleWords {

    private final ArticleIndex index;
    private final EmbeddingModel embeddingModel;
    private final double minSimilarity;
    private volatile Map<String, Embedding> vectors;
    private volatile Set<String> articleTerms;

    public ArticleWords(ArticleIndex index, EmbeddingModel embeddingModel, ArticleChatConfig config) {
        this.index = index;
        this.embeddingModel = embeddingModel;
        this.minSimilarity = config.retrieval().standInSimilarity();
    }

    /** Embeds the article's words once (a few hundred, well under a second); later calls return at once. */
    public synchronized void load() {
        if (vectors != null) {
            return;
        }
        long started = System.nanoTime();
        Set<String> words = new HashSet<>();
        index.passages().forEach(passage -> words.addAll(words(passage.text())));
        Set<String> analysed = new HashSet<>();
        words.forEach(word -> analysed.addAll(Terms.of(word)));
        List<String> ordered = new ArrayList<>(words);
        List<Embedding> embedded = embeddingModel.embedAll(ordered.stream().map(TextSegment::from).toList()).content();
        Map<String, Embedding> table = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            table.put(ordered.get(i), embedded.get(i));
        }
        articleTerms = analysed;
        vectors = table;
        Log.infof("Embedded the article's %d words in %d ms", table.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * For each word of {@code text} that the article does not use (numbers aside: a number the article lacks is what
     * it does not say), the analysed terms of the article's words close to it in meaning.
     */
    public Set<String> standIns(String text) {
        load();
        Set<String> standIns = new HashSet<>();
        for (String word : words(text)) {
            if (!vectors.containsKey(word) && !word.matches(".*\\d.*")
                    && !Terms.of(word).stream().allMatch(articleTerms::contains)) {
                standIns.addAll(nearest(word));
            }
        }
        return standIns;
    }

    /** Lower-case words that are more than a stop word. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !Terms.of(word).isEmpty())
                .toList();
    }

    private Set<String> nearest(String word) {
        Embedding vector = embeddingModel.embed(word).content();
        Set<String> near = new HashSet<>();
        vectors.forEach((articleWord, articleVector) -> {
            if (CosineSimilarity.between(vector, articleVector) >= minSimilarity) {
                near.addAll(Terms.of(articleWord));
            }
        });
        return near;
    }
}
