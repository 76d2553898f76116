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
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.ScoredPassage;
import dev.articlechat.retrieval.Terms;
import dev.articlechat.retrieval.TopicGate;

/**
 * Whether the passages found can answer a question when no model reads them: most of the question's salient words
 * must be in them. A salient word is rare in the documents (in at most half of the passages) or absent from them;
 * it is mentioned when a word of theirs close in meaning is ("troops" by "soldiers"), and a run of
 * capitalised words when its initials are ("United States" by "U.S."). Words of asking ({@link LanguageData#asks})
 * and words found all over the documents say nothing of what is asked. A question may use a word or two of its own
 * ("what percentage" where the text writes "%"), so only a question whose salient words are mostly unmentioned is
 * unanswerable, and never one whose passages match it better than any generic question matches the documents
 * ({@link dev.articlechat.retrieval.TopicGate#ceiling()}): that one is a paraphrase ("sidestep restrictions" for "avoid sanctions"). "How do I
 * bake sourdough bread?" over a manual finds passages that mention none of its words, and quoting them would
 * pretend to answer.
 */
@Singleton
public class Answerability {

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)+");

    private final ArticleWords words;
    private final SalientTerms salientTerms;
    private final TopicGate gate;

    public Answerability(ArticleWords words, SalientTerms salientTerms, TopicGate gate) {
        this.words = words;
        this.salientTerms = salientTerms;
        this.gate = gate;
    }

    /**
     * The salient words of {@code question} that {@code passages} do not mention, as the question writes them, when
     * they are most of its salient words; empty when the passages can answer it.
     */
    public Optional<List<String>> uncovered(String question, List<ScoredPassage> passages) {
        if (passages.stream().anyMatch(p -> p.score() > gate.ceiling())) {
            return Optional.empty();
        }
        Set<String> found = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (ScoredPassage passage : passages) {
            found.addAll(Terms.of(passage.passage().plain().text()));
            text.append(passage.passage().plain().text()).append('\n');
        }
        Set<String> byInitials = wordsCoveredByInitials(question, text.toString());
        List<String> salient = ArticleWords.words(question).stream().distinct().filter(this::salient).toList();
        List<String> unmentioned = salient.stream()
                .filter(word -> !byInitials.contains(word) && !covered(word, found)).toList();
        return unmentioned.size() * 2 > salient.size() ? Optional.of(unmentioned) : Optional.empty();
    }

    private boolean salient(String word) {
        return Terms.of(word).stream().anyMatch(salientTerms::salient);
    }

    /** The passages hold the word, or a word of the documents close to it in meaning ("restrictions": "sanctions"). */
    private boolean covered(String word, Set<String> found) {
        return found.containsAll(Terms.of(word)) || words.near(word).stream().anyMatch(found::contains);
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
