package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.grounding.SentenceRanker.Sentence;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.ScoredPassage;

/**
 * An answer from the documents alone, for when no model can be asked: the sentence of the offered passages that best
 * matches the question ({@link SentenceRanker}), quoted and cited by its passage's number; the sentence after it when
 * it mostly restates the question (the answer tends to follow: "SELinux can block the GPU." "On the host, run …"), or
 * when the question asks for a kind of answer that it lacks and the next holds, or that follows it in its paragraph (a
 * rule, then its reason: "Avoid using citizen as a generic term…" "Many government programs serve non-citizens…"); or
 * else another when it mentions something asked that the first does not, or when it matches nearly as well. A sentence
 * holding an answer of the kind the question asks for (a number, a date, a reason: {@link AnswerKinds}) that the
 * question does not already hold counts for more. A sentence that matches best read with the one before it in its
 * paragraph is quoted with it ("About 4 000 of them were killed or injured." says whose casualties only with the
 * sentence before); on the development sets this took facts from 257 to 269 of 361 (docs/evaluation.md). A quoted
 * sentence that introduces a list is quoted with its items ({@link ListItems}), and a table's row with the table's
 * header row ({@link TableHeader}).
 */
@Singleton
public class ExtractiveAnswerer {

    /** Added to a sentence holding a new value of a kind asked for (a number, a date). */
    private static final double KIND_BONUS = 0.15;
    /**
     * A sentence at least this share of whose word weight the question already says restates what is asked, and the
     * sentence after it is quoted too. Swept on the development sets (0.5 / 0.35 / 0.2 / 0.1 / 0): the lower, the more
     * facts and the longer the answers; 0.2 took most of the gain. Never more than two sentences: a third was filler.
     */
    private static final double RESTATES = 0.2;
    /**
     * A one-sentence answer is given the runner-up too when it scores within this of the best. Swept on the
     * development sets (0.03 / 0.06 / 0.1: facts +12 / +17 / +20 of 1041, answers with two quotes 75 % → 82 / 85 /
     * 89 %); 0.06 took most of the gain for a few more characters (mean answer 230 → 241).
     */
    private static final double CLOSE_SECOND = 0.06;
    /** How far down the ranking a sentence holding the kind of answer a question needs is looked for. */
    private static final int NEEDED_KIND_WITHIN = 3;

    /** A sentence chosen as the answer: its passage's number (1-based, as offered), the passage text and its span. */
    public record Quoted(int n, String passage, TextSpan span, String text) {
    }

    private final SentenceRanker ranker;
    private final LanguageData language;
    private final WordWeights weights;

    public ExtractiveAnswerer(SentenceRanker ranker, LanguageData language, WordWeights weights) {
        this.ranker = ranker;
        this.language = language;
        this.weights = weights;
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
        SentenceRanker.Ranking ranking = ranker.rank(question, query, offered);
        Set<String> asked = ranking.asked();
        List<Sentence> candidates = ranking.sentences();
        AnswerKinds kinds = new AnswerKinds(language, question);
        List<Sentence> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((Sentence c) -> score(c, kinds)).reversed())
                .toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        // a question that needs a number or a date is answered by one of the closest sentences that holds one
        Sentence best = kinds.needed().isEmpty() ? ranked.get(0)
                : ranked.stream().limit(NEEDED_KIND_WITHIN).filter(c -> kinds.holdsNew(c.text())).findFirst()
                        .orElse(ranked.get(0));
        if (best.context() != null) {
            // read with the sentence before it, it says what is asked ("About 4 000 of them were killed or injured."
            // after "North Korea sent over 11 000 soldiers to fight in the Kursk region."): both are the answer
            String context = best.passage().substring(best.context().start(), best.context().end());
            return List.of(new Quoted(best.n(), best.passage(), best.context(), context),
                    new Quoted(best.n(), best.passage(), best.span(), best.text()));
        }
        List<Sentence> chosen = new ArrayList<>(List.of(best));
        List<Sentence> others = ranked.stream().filter(c -> c != best).toList();
        Optional<Sentence> next = candidates.stream()
                .filter(c -> c.n() == best.n() && c.span().start() >= best.span().end()).findFirst();
        if (next.isPresent() && (said(best.text(), asked) >= RESTATES
                || kinds.any() && !kinds.holdsNew(best.text()) && (kinds.holdsNew(next.get().text())
                        || !Sentences.paragraphBreakBetween(best.passage(), best.span().end(),
                                next.get().span().start())))) {
            // the sentence that best matches a question often names what is asked and the next one answers:
            // "SELinux can prevent containers from accessing the GPU." "On the host you can run …"; "The default
            // is 512." follows the sentence naming what it counts; a paragraph gives a rule, then why. On the 92
            // development sets, the next sentence of the paragraph when a kind asked for is missing: facts +13
            // (18 gained, 5 lost to a runner-up it displaced), answers no longer; taking it whatever is asked,
            // +17 but 48 gained and 31 lost, and 2 follow-ups fewer
            chosen.add(next.get());
        } else {
            Set<String> unanswered = new HashSet<>(asked);
            unanswered.removeAll(weights.terms(best.text()));
            // a second sentence only for what the question asks that the first leaves out, never as filler
            others.stream().limit(2)
                    .filter(c -> weights.terms(c.text()).stream().anyMatch(unanswered::contains))
                    .findFirst().ifPresent(chosen::add);
        }
        if (chosen.size() == 1 && !others.isEmpty()
                && score(others.get(0), kinds) >= score(best, kinds) - CLOSE_SECOND) {
            // the ranking cannot tell which of the two carries the answer: quote both rather than guess
            chosen.add(others.get(0));
        }
        return inDocumentOrder(chosen, offered);
    }

    /**
     * The chosen sentences, the items of the lists they introduce and the header rows of the tables they are rows of,
     * in document order, each span quoted once.
     */
    private static List<Quoted> inDocumentOrder(List<Sentence> chosen, List<ScoredPassage> offered) {
        List<Quoted> quotes = new ArrayList<>();
        for (Sentence c : chosen) {
            quotes.add(new Quoted(c.n(), c.passage(), c.span(), c.text()));
            quotes.addAll(ListItems.introducedBy(c.n(), c.passage(), c.span()));
            TableHeader.of(c.n(), offered.get(c.n() - 1).passage(), c.span()).ifPresent(quotes::add);
        }
        quotes.sort(Comparator.comparingInt(Quoted::n).thenComparingInt(q -> q.span().start()));
        List<Quoted> inOrder = new ArrayList<>();
        for (Quoted quote : quotes) {
            Quoted last = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1);
            if (last == null || last.n() != quote.n() || quote.span().start() >= last.span().end()) {
                inOrder.add(quote); // a list item that is also the sentence after the introduction is quoted once
            }
        }
        return inOrder;
    }

    /** How well a sentence answers: how well it matches, and more when it holds a new value of a kind asked for. */
    private static double score(Sentence sentence, AnswerKinds kinds) {
        return sentence.relevance() + (kinds.holdsNew(sentence.text()) ? KIND_BONUS : 0);
    }

    /** The share of a sentence's word weight that the question already says. */
    private double said(String sentence, Set<String> asked) {
        Set<String> own = weights.terms(sentence);
        double all = own.stream().mapToDouble(weights::of).sum();
        return all == 0 ? 0 : own.stream().filter(asked::contains).mapToDouble(weights::of).sum() / all;
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s*\\n\\s*", " ");
    }
}
