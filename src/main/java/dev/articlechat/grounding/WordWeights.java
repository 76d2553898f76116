package dev.articlechat.grounding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.Terms;

/**
 * How much a word of the documents tells: its inverse document frequency over their sentences, divided by the mean,
 * so "Tumen" weighs much and "North Korea" (in every other sentence of its article) little. Computed on first need.
 */
@Singleton
public class WordWeights {

    private final ArticleIndex index;
    private final LanguageData language;
    private volatile Map<String, Double> idf;

    public WordWeights(ArticleIndex index, LanguageData language) {
        this.index = index;
        this.language = language;
    }

    /** The weight of an analysed term; a term the documents never use weighs like their rarest. */
    double of(String term) {
        Map<String, Double> table = idf;
        if (table == null) {
            table = table();
            idf = table;
        }
        return table.getOrDefault(term, table.getOrDefault("", 1.0));
    }

    /** The analysed terms of a text (stemmed, function words out) that say what it is about, not how it asks. */
    Set<String> terms(String text) {
        return Terms.of(text).stream().filter(term -> !language.asks(term)).collect(Collectors.toSet());
    }

    private Map<String, Double> table() {
        List<Set<String>> sentences = index.passages().stream()
                .map(p -> p.plain().text())
                .flatMap(text -> Sentences.of(text, 0, text.length()).stream()
                        .map(s -> terms(text.substring(s.start(), s.end()))))
                .toList();
        Map<String, Long> frequency = sentences.stream().flatMap(Set::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Double> raw = new ConcurrentHashMap<>();
        frequency.forEach((term, df) -> raw.put(term, Math.log(1.0 + sentences.size() / (double) df)));
        double mean = raw.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
        Map<String, Double> table = new ConcurrentHashMap<>();
        raw.forEach((term, value) -> table.put(term, value / mean));
        table.put("", raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(mean) / mean);
        return table;
    }
}
