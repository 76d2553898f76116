package dev.articlechat.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.AnswerKindLexicon;
import dev.articlechat.retrieval.ArticleWords;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.ScoredPassage;
import dev.articlechat.retrieval.Terms;

/**
 * Whether the passages give the kind of answer a question needs ("how many", "what year":
 * {@link AnswerKindLexicon#asked}), when no model reads them. They give it in a sentence holding a value of that kind
 * the question does not hold, which either is the sentence that best matches the question ({@link SentenceRanker}),
 * whatever its words, or mentions, with the sentence before it in its paragraph ("About 4 000 of them…" after "11 000
 * soldiers"), at least half of the question's salient words that the documents use, or of those of the clauses
 * asking for the kind ("…, and how many requests will the server line up?"). "How many nuclear tests has North
 * Korea carried out?" is not answered by "North Korea sent over 11 000 soldiers"; "How much do readers take in when
 * sentences are short?" is by "readers understand 90 percent of content" (the best match alone took the development
 * sets' false refusals from 6 to 2 and refused one unanswerable question more, docs/evaluation.md). For a language
 * without {@code answer-kinds.txt} no question needs a kind and this check never refuses.
 */
@Singleton
public class KindCheck {

    private final ArticleWords words;
    private final LanguageData language;
    private final SentenceRanker ranker;

    public KindCheck(ArticleWords words, LanguageData language, SentenceRanker ranker) {
        this.words = words;
        this.language = language;
        this.ranker = ranker;
    }

    /**
     * The kinds of answer {@code query} (the question made standalone) needs that the passages do not give, as the
     * language labels them ("a number"); empty when they give one. {@code salient} are the query's salient words.
     */
    Optional<List<String>> missing(String question, String query, List<ScoredPassage> passages,
            List<String> salient) {
        AnswerKinds kinds = new AnswerKinds(language, query);
        List<String> needed = kinds.needed();
        if (needed.isEmpty() || passages.isEmpty()) {
            return Optional.empty();
        }
        // a reader's own words ("how much do readers take in" for "readers understand 90 percent of content") are
        // not the documents', but the sentence closest to them still says it
        boolean closestHolds = ranker.rank(question, query, passages).closest()
                .map(sentence -> needed.stream().anyMatch(kind -> kinds.holdsNew(kind, sentence.read())))
                .orElse(false);
        if (closestHolds) {
            return Optional.empty();
        }
        // any sentence of the passages will do, not only those the answerer would quote: refusing an answerable
        // question is the worse error
        List<String> focus = inClausesNeeding(query, salient);
        for (ScoredPassage passage : passages) {
            String text = passage.passage().plain().text();
            String before = "";
            int previousEnd = 0;
            for (TextSpan span : Sentences.of(text, 0, text.length())) {
                String sentence = text.substring(span.start(), span.end());
                if (Sentences.paragraphBreakBetween(text, previousEnd, span.start())) {
                    before = ""; // "it" and "that" point back within their paragraph, not across
                }
                previousEnd = span.end();
                if (needed.stream().anyMatch(kind -> kinds.holdsNew(kind, sentence))
                        && (mentionsHalf(salient, before + "\n" + sentence)
                                || mentionsHalf(focus, before + "\n" + sentence))) {
                    return Optional.empty();
                }
                before = sentence;
            }
        }
        return Optional.of(needed.stream().map(language.kinds()::label).toList());
    }

    /**
     * The salient words of the clauses of {@code query} that need a kind ("…, and how many requests will the server
     * line up?"): the value may be about them only, not about what another clause asks ("what does a 503 mean"). All
     * of them when those clauses have none ("…, and how much was it?"). A sentence mentioning half of all the salient
     * words will do too: a clause before may be the question's condition ("After I send a counter notice, how many
     * days…"), which the answer mentions.
     */
    private List<String> inClausesNeeding(String query, List<String> salient) {
        Set<String> clauseWords = new HashSet<>(
                ArticleWords.words(String.join(" ", language.kinds().clausesNeeding(query))));
        List<String> focus = salient.stream().filter(clauseWords::contains).toList();
        return focus.isEmpty() ? salient : focus;
    }

    /**
     * Whether {@code text} mentions at least half of the salient words that the documents use. Words they do not use
     * are left to the check over all passages: they are as often a paraphrase ("forgiven" for "canceled") as what
     * the documents lack.
     */
    private boolean mentionsHalf(List<String> salient, String text) {
        List<String> used = salient.stream().filter(word -> Terms.of(word).stream().allMatch(words::uses)).toList();
        Set<String> found = new HashSet<>(Terms.of(text));
        long mentioned = used.stream().filter(word -> words.mentioned(word, found)).count();
        return mentioned * 2 >= used.size();
    }
}
