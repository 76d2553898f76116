package dev.articlechat.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.ArticleWords;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.ScoredPassage;
import dev.articlechat.retrieval.Terms;
import dev.articlechat.retrieval.TopicGate;

/**
 * Whether the passages found can answer a question when no model reads them: one of the question's salient words at
 * least must be in them. A salient word is rare in the documents (in at most half of the passages) or absent from
 * them; it is mentioned when a word of theirs close in meaning is ("troops" by "soldiers"), and a run of
 * capitalised words when its initials are ("United States" by "U.S."). Words of asking ({@link LanguageData#asks})
 * and words found all over the documents say nothing of what is asked. A reader may use several words of their own
 * ("specialist terminology" where a guide writes "jargon"), so only a question none of whose salient words is
 * mentioned is unanswerable (refusing most-unmentioned ones refused four answerable questions of a style guide's
 * development set and no unanswerable one more on any development set), and never one whose passages match it
 * better than any generic question matches the documents ({@link TopicGate#ceiling()}): that one is a paraphrase
 * ("sidestep restrictions" for "avoid sanctions"). "How do I bake sourdough bread?" over a manual finds passages
 * that mention none of its words, and quoting them would pretend to answer.
 * A passage's section heading counts as part of it ("Why is networking slow in WSL2 on Windows 10?").
 * <p>
 * Two more checks read what is asked more closely, and apply whatever the passages' scores. A year or a number with
 * its unit in the question ("in 2023", "a 70B model") must be in the passages: a condition the documents lack is what
 * they do not say, and no word close in meaning stands in for it; a bare number may be an example ("seven or 7?"). And a question that needs a kind of answer ("how many", "what year":
 * {@link LanguageData#kindsAsked}) is answered only when a sentence of the passages holds a value of that kind the
 * question does not hold, and either is the sentence that best matches the question ({@link SentenceRanker}), or
 * mentions, with the sentence before it in its paragraph ("About 4 000 of them…" after "11 000 soldiers"), at least
 * half of the question's salient words that the documents use: "How many nuclear tests has North Korea carried out?"
 * is not answered by "North Korea sent over 11 000 soldiers", and "How much do readers take in when sentences are
 * short?" is by "readers understand 90 percent of content" (on the development sets, false refusals 6 → 2 with one
 * more unanswerable refused, docs/evaluation.md). For a language without {@code answer-kinds.txt} no question needs
 * a kind and that check never refuses.
 */
@Singleton
public class Answerability {

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)+");

    private final ArticleWords words;
    private final SalientTerms salientTerms;
    private final TopicGate gate;
    private final LanguageData language;
    private final SentenceRanker ranker;

    public Answerability(ArticleWords words, SalientTerms salientTerms, TopicGate gate, LanguageData language,
            SentenceRanker ranker) {
        this.ranker = ranker;
        this.words = words;
        this.salientTerms = salientTerms;
        this.gate = gate;
        this.language = language;
    }

    /**
     * What of {@code question}, read as {@code query} (a follow-up made standalone), {@code passages} do not give: the
     * question's own conditions in numbers they lack, or the query's salient words when they mention none, or the
     * kind of answer the query needs; empty when the passages can answer it. Only the question's own numbers count: a
     * follow-up's query carries the previous question's ("18F"), which is not what it asks about.
     */
    public Optional<List<String>> uncovered(String question, String query, List<ScoredPassage> passages) {
        StringBuilder text = new StringBuilder();
        passages.forEach(passage -> text.append(passage.passage().searched()).append('\n'));
        String normalised = AnswerKinds.normalise(text.toString());
        List<String> missingNumbers = AnswerKinds.tokens(question).stream().distinct()
                .filter(token -> condition(token) && !normalised.contains(token)).toList();
        if (!missingNumbers.isEmpty()) {
            return Optional.of(missingNumbers);
        }
        List<String> salient = ArticleWords.words(query).stream().distinct().filter(this::salient).toList();
        if (passages.stream().noneMatch(p -> p.score() > gate.ceiling())) {
            Set<String> found = new HashSet<>();
            passages.forEach(passage -> found.addAll(Terms.of(passage.passage().searched())));
            Set<String> byInitials = wordsCoveredByInitials(query, text.toString());
            List<String> unmentioned = salient.stream()
                    .filter(word -> !byInitials.contains(word) && !covered(word, found)).toList();
            if (!salient.isEmpty() && unmentioned.size() == salient.size()) {
                return Optional.of(unmentioned);
            }
        }
        return missingKind(question, query, passages, salient);
    }

    /**
     * The kinds of answer {@code query} needs that the passages do not give (as the language labels them: "a
     * number"); empty when they give one. They give one in the sentence that best matches what is asked, whatever its
     * words, or in any sentence that mentions half of the query's salient words that the documents use.
     */
    private Optional<List<String>> missingKind(String question, String query, List<ScoredPassage> passages,
            List<String> salient) {
        AnswerKinds kinds = new AnswerKinds(language, query);
        List<String> needed = kinds.needed();
        if (needed.isEmpty() || passages.isEmpty()) {
            return Optional.empty();
        }
        // a reader's own words ("how much do readers take in" for "readers understand 90 percent of content") are
        // not the documents', but the sentence closest to them in meaning still says it
        boolean closestHolds = ranker.rank(question, query, passages).closest()
                .map(sentence -> needed.stream().anyMatch(kind -> kinds.holdsNew(kind, sentence.read())))
                .orElse(false);
        if (closestHolds) {
            return Optional.empty();
        }
        // any sentence of the passages will do, not only those the answerer would quote: refusing an answerable
        // question is the worse error
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
                        && mentionsHalf(salient, before + "\n" + sentence)) {
                    return Optional.empty();
                }
                before = sentence;
            }
        }
        return Optional.of(needed.stream().map(language::label).toList());
    }

    /**
     * Whether {@code text} mentions at least half of the salient words that the documents use. Words they do not use
     * are left to the check over all passages: they are as often a paraphrase ("forgiven" for "canceled") as what
     * the documents lack.
     */
    private boolean mentionsHalf(List<String> salient, String text) {
        List<String> used = salient.stream().filter(word -> Terms.of(word).stream().allMatch(words::uses)).toList();
        Set<String> found = new HashSet<>(Terms.of(text));
        long mentioned = used.stream().filter(word -> covered(word, found)).count();
        return mentioned * 2 >= used.size();
    }

    /**
     * Whether a token of the question is a number that conditions what it asks: a year ("in 2023") or a number with
     * its unit ("a 70B model"). A bare number is as often an example of what is asked ("do I write seven or 7?", "a
     * dollar amount like 2,700,000"), and the documents need not hold it.
     */
    private static boolean condition(String token) {
        return token.chars().anyMatch(Character::isDigit)
                && (LanguageData.isYear(token) || token.chars().anyMatch(Character::isLetter));
    }

    private boolean salient(String word) {
        return Terms.of(word).stream().anyMatch(salientTerms::salient);
    }

    /**
     * The passages hold the word, or a word of the documents close to it in meaning ("restrictions": "sanctions");
     * never a number for another ("2023" is not "2022").
     */
    private boolean covered(String word, Set<String> found) {
        return found.containsAll(Terms.of(word))
                || word.chars().noneMatch(Character::isDigit) && words.near(word).stream().anyMatch(found::contains);
    }

    /** The words of capitalised runs ("United States") whose initials the passages write ("U.S.", "US"). */
    private static Set<String> wordsCoveredByInitials(String question, String passages) {
        Set<String> covered = new HashSet<>();
        Matcher run = CAPITALISED_RUN.matcher(question);
        while (run.find()) {
            List<String> runWords = List.of(run.group().split("\\s+"));
            StringBuilder initials = new StringBuilder();
            runWords.forEach(w -> initials.append(w.charAt(0)));
            String dotted = String.join(".", initials.toString().split("")) + ".";
            if (Pattern.compile("(?<!\\p{L})(" + initials + "\\b|" + Pattern.quote(dotted) + ")").matcher(passages).find()) {
                runWords.forEach(w -> covered.add(w.toLowerCase(Locale.ROOT)));
            }
        }
        return covered;
    }
}
