package dev.articlechat.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

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
 * its unit in the question ("in 2023", "a 70B model") must be in the passages ({@link NumberConditions}). And a
 * question that needs a kind of answer ("how many", "what year") is answered only when the passages give one
 * ({@link KindCheck}).
 */
@Singleton
public class Answerability {

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)+");

    private final ArticleWords words;
    private final SalientTerms salientTerms;
    private final TopicGate gate;
    private final KindCheck kinds;
    private final NumberConditions conditions;

    public Answerability(ArticleWords words, SalientTerms salientTerms, TopicGate gate, KindCheck kinds,
            LanguageData language) {
        this.words = words;
        this.conditions = new NumberConditions(language);
        this.salientTerms = salientTerms;
        this.gate = gate;
        this.kinds = kinds;
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
        List<String> missingNumbers = conditions.missing(question, text.toString());
        if (!missingNumbers.isEmpty()) {
            return Optional.of(missingNumbers);
        }
        List<String> salient = ArticleWords.words(query).stream().distinct().filter(this::salient).toList();
        if (passages.stream().noneMatch(p -> p.score() > gate.ceiling())) {
            Set<String> found = new HashSet<>();
            passages.forEach(passage -> found.addAll(Terms.of(passage.passage().searched())));
            Set<String> byInitials = wordsCoveredByInitials(query, text.toString());
            List<String> unmentioned = salient.stream()
                    .filter(word -> !byInitials.contains(word) && !words.mentioned(word, found)).toList();
            if (!salient.isEmpty() && unmentioned.size() == salient.size()) {
                return Optional.of(unmentioned);
            }
        }
        return kinds.missing(question, query, passages, salient);
    }

    private boolean salient(String word) {
        return Terms.of(word).stream().anyMatch(salientTerms::salient);
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
