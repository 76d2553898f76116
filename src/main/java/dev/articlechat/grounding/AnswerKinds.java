package dev.articlechat.grounding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dev.articlechat.retrieval.AnswerKindLexicon;
import dev.articlechat.retrieval.LanguageData;

/**
 * The kinds of answer one question asks for (a number, a date: {@link AnswerKindLexicon#asked}), and whether a
 * sentence holds a value of one that the question does not already hold: "In June 2024" answers "When was the
 * treaty signed?" but not "On what day in June 2024 was it signed?".
 */
final class AnswerKinds {

    /**
     * A list item's or a step's number that opens its sentence ("7. User May Send A Counter Notice.", "2) Run…"): it
     * labels the sentence, it is not a value the sentence gives.
     */
    private static final Pattern LABEL = Pattern.compile("^\\s*\\(?\\d{1,3}[.)](?=\\s)");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\p{Sc}");

    private final LanguageData language;
    private final List<AnswerKindLexicon.Kind> kinds;
    private final Set<String> questionTokens;

    AnswerKinds(LanguageData language, String question) {
        this.language = language;
        this.kinds = language.kinds().asked(question);
        this.questionTokens = Set.copyOf(tokens(question));
    }

    /** Whether the question asks for any kind of answer, needed or likely. */
    boolean any() {
        return !kinds.isEmpty();
    }

    /** The kinds the question cannot be answered without. */
    List<String> needed() {
        return kinds.stream().filter(AnswerKindLexicon.Kind::needed).map(AnswerKindLexicon.Kind::name).toList();
    }

    /** Whether {@code sentence} holds a value, not in the question, of a kind asked for. */
    boolean holdsNew(String sentence) {
        return kinds.stream().anyMatch(kind -> holdsNew(kind.name(), sentence));
    }

    boolean holdsNew(String kind, String sentence) {
        List<String> tokens = tokens(LABEL.matcher(sentence).replaceFirst(""));
        for (int i = 0; i < tokens.size(); i++) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (!questionTokens.contains(tokens.get(i)) && language.kinds().isValue(kind, tokens.get(i), next)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case with digit groups joined ("11 000", "11,000" and "11000" alike), as numbers are compared. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[ ,.](?=\\d)", "");
    }

    /** The words, numbers and currency signs ("$2.7 million": "$", "27", "million") of a text, normalised. */
    static List<String> tokens(String text) {
        return TOKEN.matcher(normalise(text)).results().map(MatchResult::group).toList();
    }
}
