package dev.articlechat.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;

/**
 * Whether the passages found for a question can answer the kind of thing it asks. "When will the bridge open?"
 * retrieves the bridge's passage, which gives its cost and aims but no date: no reader, model or not, can answer
 * from it, and a small model would fill the gap from memory. An answer of the kind asked must stand in a sentence
 * about what the question is about (one of its words that the article has and that is not everywhere in it), or in
 * the sentence right after one ("That was about $10 billion.").
 */
@Singleton
public class AnswerCheck {

    /** Words that say how a question asks, or nothing of what it is about: words of asking, time units, function words. */
    private static final Set<String> NOT_ABOUT = Set.copyOf(Terms.of("what which who whom whose why how when where "
            + "did does do has have had many much old long year month week day hour date time number amount value "
            + "share percentage proportion article say think announce claim state react respond response reaction "
            + "position were been being would should could may might must can also other some any more most only own "
            + "same than too very just now all both each few here about against between through during before after "
            + "above below up down out off over under again further once per get got make made take took come came go "
            + "went first last"));

    private final ArticleWords words;

    public AnswerCheck(ArticleWords words) {
        this.words = words;
    }

    /**
     * The kinds of answer {@code question} asks for when none of them is in {@code passages}; empty when one is, or
     * when the question asks for no particular kind. {@code query} is the question made standalone, which names
     * what a follow-up is about.
     */
    public Optional<Set<ExpectedAnswer>> missing(String question, String query, List<ScoredPassage> passages) {
        Set<ExpectedAnswer> asked = ExpectedAnswer.of(question);
        if (asked.isEmpty() || passages.isEmpty()) {
            return Optional.empty();
        }
        Set<String> about = about(query);
        // what a named one said or did is answered only by a sentence that names them
        List<String> actor = ExpectedAnswer.actor(question).map(Terms::of).orElse(List.of());
        for (int i = 0; i < passages.size(); i++) {
            // a question about nothing the article names locates nothing: the best passage stands for it
            boolean wholePassage = about.isEmpty() && i == 0;
            if (givesAny(passages.get(i).passage(), asked, about, actor, wholePassage)) {
                return Optional.empty();
            }
        }
        return Optional.of(asked);
    }

    private static boolean givesAny(Passage passage, Set<ExpectedAnswer> asked, Set<String> about,
            List<String> actor, boolean wholePassage) {
        String text = passage.plain().text();
        boolean previousIsAbout = false;
        for (TextSpan span : Sentences.of(text, 0, text.length())) {
            String sentence = text.substring(span.start(), span.end());
            List<String> terms = Terms.of(sentence);
            boolean isAbout = wholePassage || terms.stream().anyMatch(about::contains);
            boolean namesActor = !actor.isEmpty() && terms.containsAll(actor);
            for (ExpectedAnswer kind : asked) {
                boolean placed = kind.byWhom() && !actor.isEmpty() ? namesActor : isAbout || previousIsAbout;
                if (placed && kind.givenIn(sentence)) {
                    return true;
                }
            }
            previousIsAbout = isAbout;
        }
        return false;
    }

    /**
     * The article's terms the query is about: its own words the article has, and for a word the article lacks the
     * article's words nearest in meaning; leaving out how it asks and words in more than half of the passages.
     */
    private Set<String> about(String query) {
        Set<String> about = new HashSet<>(Terms.of(query));
        about.addAll(words.standIns(query));
        about.removeIf(term -> term.length() < 2 || NOT_ABOUT.contains(term) || !words.distinctive(term));
        return about;
    }
}
