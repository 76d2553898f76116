package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.ScoredPassage;
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
 * counts for more. A sentence is also read with the one before it in its paragraph, and when the two match the question
 * better than it alone ("About 4 000 of them were killed or injured." says whose casualties only with the sentence
 * before), both are quoted. On the development sets this took facts from 257 to 269 of 361 (docs/evaluation.md).
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

    /** A sentence that may be quoted; {@code context} is the sentence before it when it is read with that one. */
    private record Candidate(int n, int rank, String passage, TextSpan span, String text, double score,
            TextSpan context) {
    }

    /** A sentence chosen as the answer: its passage's number (1-based, as offered), the passage text and its span. */
    public record Quoted(int n, String passage, TextSpan span, String text) {
    }

    private final EmbeddingModel embeddingModel;
    private final LanguageData language;
    private final SalientTerms salientTerms;
    private final WordWeights weights;
    private final Map<String, Embedding> sentenceEmbeddings = new ConcurrentHashMap<>();

    public ExtractiveAnswerer(EmbeddingModel embeddingModel, LanguageData language, SalientTerms salientTerms,
            WordWeights weights) {
        this.embeddingModel = embeddingModel;
        this.weights = weights;
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
        double askedWeight = asked.stream().mapToDouble(weights::of).sum();
        AnswerKinds kinds = new AnswerKinds(language, question);
        Embedding questionVector = embeddingModel.embed(question).content();
        Embedding queryVector = query.equals(question) ? questionVector : embeddingModel.embed(query).content();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String text = offered.get(i).passage().plain().text();
            TextSpan previous = null;
            for (TextSpan sentence : Sentences.of(text, 0, text.length())) {
                String s = text.substring(sentence.start(), sentence.end());
                TextSpan before = sameParagraph(text, previous, sentence) ? previous : null;
                previous = sentence;
                if (s.endsWith("?")) {
                    continue; // the article's own questions answer nothing
                }
                double shared = askedWeight == 0 ? 0
                        : weights.terms(s).stream().filter(asked::contains).mapToDouble(weights::of).sum() / askedWeight;
                double meaning = meaning(questionVector, queryVector, s);
                TextSpan context = null;
                if (before != null) {
                    double inContext = meaning(questionVector, queryVector, text.substring(before.start(), sentence.end()));
                    if (inContext > meaning) {
                        meaning = inContext;
                        context = before;
                    }
                }
                double score = meaning + COVERAGE_WEIGHT * shared + (kinds.holdsNew(s) ? KIND_BONUS : 0);
                candidates.add(new Candidate(i + 1, i, text, sentence, s, score, context));
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
        if (best.context() != null) {
            // read with the sentence before it, it says what is asked ("About 4 000 of them were killed or injured."
            // after "North Korea sent over 11 000 soldiers to fight in the Kursk region."): both are the answer
            String context = best.passage().substring(best.context().start(), best.context().end());
            return List.of(new Quoted(best.n(), best.passage(), best.context(), context),
                    new Quoted(best.n(), best.passage(), best.span(), best.text()));
        }
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
            unanswered.removeAll(weights.terms(best.text()));
            // a second sentence only for what the question asks that the first leaves out, never as filler
            others.stream().limit(2)
                    .filter(c -> weights.terms(c.text()).stream().anyMatch(unanswered::contains))
                    .findFirst().ifPresent(chosen::add);
        }
        return chosen.stream()
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> c.span().start()))
                .map(c -> new Quoted(c.n(), c.passage(), c.span(), c.text()))
                .toList();
    }

    /** The share of a sentence's word weight that the question already says. */
    private double said(String sentence, Set<String> asked) {
        Set<String> own = weights.terms(sentence);
        double all = own.stream().mapToDouble(weights::of).sum();
        return all == 0 ? 0 : own.stream().filter(asked::contains).mapToDouble(weights::of).sum() / all;
    }

    /** Closeness in meaning of a text to the question and to its standalone query, on average. */
    private double meaning(Embedding question, Embedding query, String text) {
        Embedding vector = embedding(text);
        return (CosineSimilarity.between(question, vector) + CosineSimilarity.between(query, vector)) / 2;
    }

    /** Whether a sentence follows {@code previous} in its paragraph: no blank line between them. */
    private static boolean sameParagraph(String text, TextSpan previous, TextSpan sentence) {
        return previous != null && !Sentences.paragraphBreakBetween(text, previous.end(), sentence.start());
    }

    private Embedding embedding(String sentence) {
        return sentenceEmbeddings.computeIfAbsent(sentence, s -> embeddingModel.embed(s).content());
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s*\\n\\s*", " ");
    }
}
