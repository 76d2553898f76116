package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.ScoredPassage;
import dev.articlechat.retrieval.Terms;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * An answer from the documents alone, for when no model can be asked: the sentence of the offered passages that
 * best matches the question, quoted and cited by its passage's number; the sentence after it when it mostly restates
 * the question (the answer tends to follow: "SELinux can block the GPU." "On the host, run …"), or else another
 * only when it mentions something asked that the first does not. A sentence scores by its closeness in meaning to
 * the question plus the share of the question's salient words it mentions, each weighed by its rarity in the
 * documents, so "Tumen" counts and "North Korea" (everywhere in its article) does not; a sentence holding an answer
 * of the kind the question asks for (a number, a date: {@link AnswerKinds}) that the question does not already hold
 * counts for more.
 */
@Singleton
public class ExtractiveAnswerer {

    /** How much mentioning all of the question's salient words weighs against the cosine similarity (0..1). */
    private static final double COVERAGE_WEIGHT = 0.3;
    /** Added to a sentence holding a new value of a kind asked for (a number, a date). */
    private static final double KIND_BONUS = 0.15;
    /**
     * A sentence at least this share of whose word weight the question already says restates what is asked, and the
     * sentence after it is quoted too. Swept on the development sets (0.5 / 0.35 / 0.2 / 0.1 / 0): the lower, the more
     * facts and the longer the answers; 0.2 took most of the gain. Never more than two sentences: a third was filler.
     */
    private static final double RESTATES = 0.2;
    /** How far down the ranking a sentence holding the kind of answer a question needs is looked for. */
    private static final int NEEDED_KIND_WITHIN = 3;

    private record Candidate(int n, int rank, String passage, TextSpan span, String text, double score) {
    }

    /** A sentence chosen as the answer: its passage's number (1-based, as offered), the passage text and its span. */
    public record Quoted(int n, String passage, TextSpan span, String text) {
    }

    private final EmbeddingModel embeddingModel;
    private final ArticleIndex index;
    private final LanguageData language;
    private final SalientTerms salientTerms;
    private final Map<String, Embedding> sentenceEmbeddings = new ConcurrentHashMap<>();
    private volatile Map<String, Double> idf;

    public ExtractiveAnswerer(EmbeddingModel embeddingModel, ArticleIndex index, LanguageData language,
            SalientTerms salientTerms) {
        this.embeddingModel = embeddingModel;
        this.index = index;
        this.language = language;
        this.salientTerms = salientTerms;
    }

    /**
     * Sentences are scored against the question and {@code query}, the question made standalone (a follow-up's
     * "them" resolved): closeness in meaning to both, words shared with the query. Whether a number is wanted is read
     * from the question itself.
     */
    public String answer(String question, String query, List<ScoredPassage> offered) {
        return quoted(question, query, offered).stream()
                .map(c -> "“" + oneLine(c.text()) + "” [" + c.n() + "]")
                .collect(Collectors.joining(" "));
    }

    /** The sentences {@link #answer} quotes, in the order it quotes them. */
    public List<Quoted> quoted(String question, String query, List<ScoredPassage> offered) {
        Set<String> asked = Set.copyOf(salientTerms.of(query));
        double askedWeight = asked.stream().mapToDouble(this::idf).sum();
        AnswerKinds kinds = new AnswerKinds(language, question);
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
                double shared = askedWeight == 0 ? 0
                        : terms(s).stream().filter(asked::contains).mapToDouble(this::idf).sum() / askedWeight;
                Embedding sentenceVector = embedding(s);
                double meaning = (CosineSimilarity.between(questionVector, sentenceVector)
                        + CosineSimilarity.between(queryVector, sentenceVector)) / 2;
                double score = meaning + COVERAGE_WEIGHT * shared + (kinds.holdsNew(s) ? KIND_BONUS : 0);
                candidates.add(new Candidate(i + 1, i, text, sentence, s, score));
            }
        }
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        // a question that needs a number or a date is answered by one of the closest sentences that holds one
        Candidate best = kinds.needed().isEmpty() ? ranked.get(0)
                : ranked.stream().limit(NEEDED_KIND_WITHIN).filter(c -> kinds.holdsNew(c.text())).findFirst()
                        .orElse(ranked.get(0));
        List<Candidate> chosen = new ArrayList<>(List.of(best));
        List<Candidate> others = ranked.stream().filter(c -> c != best).toList();
        Optional<Candidate> next = candidates.stream()
                .filter(c -> c.n() == best.n() && c.span().start() >= best.span().end()).findFirst();
        if (next.isPresent() && (said(best.text(), asked) >= RESTATES
                || kinds.any() && !kinds.holdsNew(best.text()) && kinds.holdsNew(next.get().text()))) {
            // the sentence that best matches a question often names what is asked and the next one answers:
            // "SELinux can prevent containers from accessing the GPU." "On the host you can run …"; "The default
            // is 512." follows the sentence naming what it counts
            chosen.add(next.get());
        } else {
            Set<String> unanswered = new HashSet<>(asked);
            unanswered.removeAll(terms(best.text()));
            // a second sentence only for what the question asks that the first leaves out, never as filler
            others.stream().limit(2)
                    .filter(c -> terms(c.text()).stream().anyMatch(unanswered::contains))
                    .findFirst().ifPresent(chosen::add);
        }
        return chosen.stream()
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> c.span().start()))
                .map(c -> new Quoted(c.n(), c.passage(), c.span(), c.text()))
                .toList();
    }

    /** The share of a sentence's word weight that the question already says. */
    private double said(String sentence, Set<String> asked) {
        Set<String> own = terms(sentence);
        double all = own.stream().mapToDouble(this::idf).sum();
        return all == 0 ? 0 : own.stream().filter(asked::contains).mapToDouble(this::idf).sum() / all;
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

    /** The analysed terms of a text (stemmed, function words out) that say what it is about, not how it asks. */
    private Set<String> terms(String text) {
        return Terms.of(text).stream().filter(term -> !language.asks(term)).collect(Collectors.toSet());
    }
}
