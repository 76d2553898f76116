package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.ScoredPassage;
import dev.articlechat.retrieval.SentenceVectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * How well each sentence of the passages offered for a question matches what it asks: its closeness in meaning to
 * the question and to its standalone query (a follow-up's "them" resolved), plus the share of the query's salient
 * words it mentions, each weighed by its rarity in the documents ({@link WordWeights}), so "Tumen" counts and "North
 * Korea" (everywhere in its article) does not. A sentence is also read with the one before it in its paragraph, and
 * keeps that reading when it matches better: "About 4 000 of them were killed or injured." says whose casualties only
 * after "North Korea sent over 11 000 soldiers…". A sentence of a passage retrieval put first counts for a little more.
 * Sentence vectors are kept ({@link SentenceVectors}).
 */
@Singleton
public class SentenceRanker {

    /** How much mentioning all of the question's salient words weighs against the cosine similarity (0..1). */
    private static final double COVERAGE_WEIGHT = 0.3;
    /**
     * Added to a sentence's relevance, divided by its passage's place in the order offered (0.1 for the first, 0.05
     * for the second…): retrieval ranks whole passages, by their headings and neighbouring words too, and its first
     * holds the answer most often. Swept on the 35 development sets (0.03 / 0.06 / 0.1 / 0.15: facts +2 / +9 / +12 /
     * +8 of 1181, refusals unchanged).
     */
    private static final double OFFERED_FIRST_BONUS = 0.1;
    /**
     * How much a follow-up's own words weigh in a sentence's closeness in meaning, against its standalone query's.
     * The query carries the previous question ("who approved the statement" for "And who signed it?"), which
     * retrieval and the salient words need, but closeness to it draws the answer back to the previous one: "GitHub's
     * Board of Directors approved this Statement." again. Swept on the 76 development sets (0.5, the plain average,
     * / 0.7 / 0.85 / 1: follow-ups answered 182 / 186 / 190 / 190 of 273, facts 1 856 / 1 860 / 1 864 / 1 864 of
     * 2 617; first questions do not change); 0.85 keeps some of the query for a follow-up of only pronouns.
     */
    private static final double QUESTION_SHARE = 0.85;

    /**
     * A sentence of the {@code n}th passage offered (1-based), with how well it matches; {@code context} is the
     * sentence before it when it is read with that one.
     */
    record Sentence(int n, String passage, TextSpan span, String text, double relevance, TextSpan context) {

        /** The sentence as it matches best: after its context when it has one. */
        String read() {
            return context == null ? text : passage.substring(context.start(), span.end());
        }
    }

    /** The passages' sentences in the order offered, and the query's salient terms they were scored on. */
    record Ranking(List<Sentence> sentences, Set<String> asked) {

        /** The sentence that best matches what is asked; empty when the passages have none. */
        Optional<Sentence> closest() {
            return sentences.stream().max(Comparator.comparingDouble(Sentence::relevance));
        }
    }

    private final EmbeddingModel embeddingModel;
    private final SalientTerms salientTerms;
    private final WordWeights weights;
    private final SentenceVectors sentenceVectors;

    public SentenceRanker(EmbeddingModel embeddingModel, SentenceVectors sentenceVectors, SalientTerms salientTerms,
            WordWeights weights) {
        this.embeddingModel = embeddingModel;
        this.sentenceVectors = sentenceVectors;
        this.salientTerms = salientTerms;
        this.weights = weights;
    }

    Ranking rank(String question, String query, List<ScoredPassage> offered) {
        Set<String> asked = Set.copyOf(salientTerms.of(query));
        double askedWeight = asked.stream().mapToDouble(weights::of).sum();
        Embedding questionVector = embeddingModel.embed(question).content();
        Embedding queryVector = query.equals(question) ? questionVector : embeddingModel.embed(query).content();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String text = offered.get(i).passage().plain().text();
            TextSpan previous = null;
            for (TextSpan span : Sentences.of(text, 0, text.length())) {
                String s = text.substring(span.start(), span.end());
                boolean sameParagraph = previous != null
                        && !Sentences.paragraphBreakBetween(text, previous.end(), span.start());
                TextSpan before = sameParagraph ? previous : null;
                previous = span;
                if (s.endsWith("?")) {
                    continue; // the documents' own questions answer nothing
                }
                double shared = askedWeight == 0 ? 0 : weights.terms(s).stream().filter(asked::contains)
                        .mapToDouble(weights::of).sum() / askedWeight;
                double meaning = meaning(questionVector, queryVector, s);
                TextSpan context = null;
                if (before != null) {
                    double inContext = meaning(questionVector, queryVector, text.substring(before.start(), span.end()));
                    if (inContext > meaning) {
                        meaning = inContext;
                        context = before;
                    }
                }
                double relevance = meaning + COVERAGE_WEIGHT * shared + OFFERED_FIRST_BONUS / (i + 1);
                sentences.add(new Sentence(i + 1, text, span, s, relevance, context));
            }
        }
        return new Ranking(sentences, asked);
    }

    /**
     * Closeness in meaning of a text to the question and to its standalone query, the question weighing
     * {@link #QUESTION_SHARE}; the two are one for a first question.
     */
    private double meaning(Embedding question, Embedding query, String text) {
        Embedding vector = sentenceVectors.of(text);
        return QUESTION_SHARE * CosineSimilarity.between(question, vector)
                + (1 - QUESTION_SHARE) * CosineSimilarity.between(query, vector);
    }
}
