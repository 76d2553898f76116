package dev.articlechat.retrieval;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.EmbeddingCache;
import dev.articlechat.ingest.Passage;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The article's words, each embedded on its own, so that a word of a question the article does not use can stand
 * for the article's words nearest to it in meaning ("borrowing" for "debt", "troops" for "soldiers").
 */
@Singleton
public class ArticleWords {

    private static final int RECENT_WORDS = 1000;

    private final ArticleIndex index;
    private final EmbeddingModel embeddingModel;
    private final EmbeddingCache cache;
    private final double minSimilarity;
    private volatile Set<String> articleTerms;
    private volatile Map<String, Integer> passagesWithTerm;
    /** Recent words' stand-ins: retrieval and the answer check ask for the same query's words in turn. */
    private final Map<String, Set<String>> recentStandIns = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > RECENT_WORDS;
                }
            });
    private volatile Map<String, Embedding> vectors;

    public ArticleWords(ArticleIndex index, EmbeddingModel embeddingModel, EmbeddingCache cache,
            ArticleChatConfig config) {
        this.index = index;
        this.cache = cache;
        this.embeddingModel = embeddingModel;
        this.minSimilarity = config.retrieval().standInSimilarity();
    }

    /**
     * Once started, in the background: the documents' words, so that the first question with a word they lack does
     * not wait for them (a 112-chapter book's 5 093 words take 6.4 s on 2 cores the first time, 0.3 s from the on-disk
     * cache). After every other start-up step, which would otherwise wait for the embedding cache.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event) {
        CompletableFuture.runAsync(this::load).whenComplete((done, failure) -> {
            if (failure != null) {
                Log.warnf(failure,
                        "Could not embed the documents' words ahead of questions; the first needing them will");
            }
        });
    }

    /** Embeds the article's words, on first need; later calls return at once. */
    synchronized void load() {
        if (vectors != null) {
            return;
        }
        long started = System.nanoTime();
        List<String> words = List.copyOf(articleWords());
        List<Embedding> embedded = cache.embedAll(words);
        Map<String, Embedding> table = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            table.put(words.get(i), embedded.get(i));
        }
        vectors = table;
        Log.infof("Embedded the article's %d words in %d ms", table.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * For each word of {@code text} that the article does not use (numbers aside: a number the article lacks is what
     * it does not say), the analysed terms of the article's words close to it in meaning.
     */
    public Set<String> standIns(String text) {
        Set<String> standIns = new HashSet<>();
        for (String word : lacked(text)) {
            if (!word.matches(".*\\d.*")) {
                standIns.addAll(near(word));
            }
        }
        return standIns;
    }

    /**
     * The analysed terms of the words of {@code text} that the documents lack but say in other words, with a word of
     * theirs close in meaning: "ever" by a guide's "never".
     */
    public Set<String> saidInOtherWords(String text) {
        Set<String> said = new HashSet<>();
        for (String word : lacked(text)) {
            if (!near(word).isEmpty()) {
                said.addAll(Terms.of(word));
            }
        }
        return said;
    }

    /** The words of {@code text} not all of whose terms the documents use. */
    private List<String> lacked(String text) {
        return words(text).stream().filter(word -> !Terms.of(word).stream().allMatch(terms()::contains)).toList();
    }

    /** The analysed terms of the documents' words close in meaning to {@code word}, whether they use it or not. */
    public Set<String> near(String word) {
        return recentStandIns.computeIfAbsent(word, this::nearest);
    }

    /**
     * Whether {@code terms} (analysed) hold the word, or a word of the documents close to it in meaning
     * ("restrictions": "sanctions"); never a number for another ("2023" is not "2022").
     */
    public boolean mentioned(String word, Set<String> terms) {
        return terms.containsAll(Terms.of(word))
                || word.chars().noneMatch(Character::isDigit) && near(word).stream().anyMatch(terms::contains);
    }

    /** Whether the documents use this analysed term at all. */
    public boolean uses(String term) {
        return terms().contains(term);
    }

    /** Whether the article uses this analysed term, in at most half of its passages: it tells them apart. */
    public boolean distinctive(String term) {
        Map<String, Integer> frequency = passagesWithTerm;
        if (frequency == null) {
            frequency = new HashMap<>();
            for (Passage passage : index.passages()) {
                for (String passageTerm : new HashSet<>(Terms.of(passage.plain().text()))) {
                    frequency.merge(passageTerm, 1, Integer::sum);
                }
            }
            passagesWithTerm = frequency;
        }
        int n = frequency.getOrDefault(term, 0);
        return n > 0 && n <= index.passages().size() / 2;
    }

    /** Lower-case words that are more than a stop word. */
    public static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !Terms.of(word).isEmpty())
                .toList();
    }

    private Set<String> articleWords() {
        Set<String> words = new HashSet<>();
        index.passages().forEach(passage -> words.addAll(words(passage.plain().text())));
        return words;
    }

    /** The article's analysed terms: known without embedding anything. */
    private Set<String> terms() {
        Set<String> terms = articleTerms;
        if (terms == null) {
            Set<String> analysed = new HashSet<>();
            articleWords().forEach(word -> analysed.addAll(Terms.of(word)));
            terms = analysed;
            articleTerms = terms;
        }
        return terms;
    }

    private Set<String> nearest(String word) {
        load();
        Embedding vector = embeddingModel.embed(word).content();
        Set<String> near = new HashSet<>();
        vectors.forEach((articleWord, articleVector) -> {
            if (CosineSimilarity.between(vector, articleVector) >= minSimilarity) {
                near.addAll(Terms.of(articleWord));
            }
        });
        return Set.copyOf(near);
    }
}
