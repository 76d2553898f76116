package dev.articlechat.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.ScoredPassage;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * An answer from the article alone, for when no model can be asked: the sentences of the offered passages that
 * best match the question, quoted and each cited by its passage's number. A sentence scores by its closeness in meaning to
 * the question plus the rarity of the words they share, so "Tumen" counts and "North Korea" hardly does.
 */
@Singleton
public class ExtractiveAnswerer {

    private static final int MAX_SENTENCES = 2;
    /** How much one shared word of average rarity weighs against the cosine similarity (0..1). */
    private static final double TERM_WEIGHT = 0.08;
    /** Added to a sentence with a number when the question asks for a quantity, a share or a date. */
    private static final double NUMBER_BONUS = 0.15;
    private static final Pattern ASKS_FOR_NUMBER = Pattern.compile(
            "\\b(how (many|much|old|long)|when|which year|cost|value|percentage|share|amount|number)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_NUMBER = Pattern.compile("\\d");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "are", "was", "were", "what", "when",
            "who", "whom", "why", "how", "did", "does", "has", "have", "had", "with", "this", "that", "these", "those",
            "from", "into", "its", "their", "there", "which", "about", "much", "many", "will", "would", "can", "could",
            "article", "say", "says", "tell");

    private record Candidate(int n, int rank, TextSpan span, String text, double score) {
    }

    private final EmbeddingModel embeddingModel;
    private final ArticleIndex index;
    private final Map<String, Embedding> sentenceEmbeddings = new ConcurrentHashMap<>();
    private volatile Map<String, Double> idf;

    public ExtractiveAnswerer(EmbeddingModel embeddingModel, ArticleIndex index) {
        this.embeddingModel = embeddingModel;
        this.index = index;
    }

    /**
     * Sentences are scored against the question and {@code query}, the question made standalone (a follow-up's
     * "them" resolved): closeness in meaning to both, words shared with the query. Whether a number is wanted is read
     * from the question itself.
     */
    public String answer(String question, String query, List<ScoredPassage> offered) {
        Set<String> asked = terms(query);
        boolean wantsNumber = ASKS_FOR_NUMBER.matcher(question).find();
        Embedding questionVector = embeddingModel.embed(question).content();
        Embedding queryVector = query.equals(question) ? questionVector : embeddingModel.embed(query).content();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String text = offered.get(i).passage().plain().text();
            for (TextSpan sentence : Sentences.of(text, 0, text.length())) {
                String s = text.substring(sentence.start(), sentence.end());
                if (s.endsWith("?")) {
                    continue; // the article's own questions answer nothing
                }
                double shared = terms(s).stream().filter(asked::contains).mapToDouble(this::idf).sum();
                Embedding sentenceVector = embedding(s);
                double meaning = (CosineSimilarity.between(questionVector, sentenceVector)
                        + CosineSimilarity.between(queryVector, sentenceVector)) / 2;
                double score = meaning + TERM_WEIGHT * shared
                        + (wantsNumber && HAS_NUMBER.matcher(s).find() ? NUMBER_BONUS : 0);
                candidates.add(new Candidate(i + 1, i, sentence, s, score));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(MAX_SENTENCES)
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> c.span().start()))
                .map(c -> "“" + oneLine(c.text()) + "” [" + c.n() + "]")
                .collect(Collectors.joining(" "));
    }

    private Embedding embedding(String sentence) {
        return sentenceEmbeddings.computeIfAbsent(sentence, s -> embeddingModel.embed(s).content());
    }

    /** Inverse document frequency of a term over the article's sentences, divided by its mean. */
    private double idf(String term) {
        Map<String, Double> table = idf;
        if (table == null) {
            table = idfTable();
            idf = table;
        }
        return table.getOrDefault(term, table.getOrDefault("", 1.0));
    }

    private Map<String, Double> idfTable() {
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
        // a word the article never uses weighs like its rarest words
        table.put("", raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(mean) / mean);
        return table;
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Lower-cased words of three letters or more, without common words, cut to a crude stem. */
    static Set<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet());
    }
}
