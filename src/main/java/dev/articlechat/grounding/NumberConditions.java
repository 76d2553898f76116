package dev.articlechat.grounding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.retrieval.LanguageData;

/**
 * The numbers that condition what a question asks, and whether passages write them: a year ("in 2023") or a number
 * with its unit or name ("a 70B model", "B200"). A condition the documents lack is what they do not say, and no word
 * close in meaning stands in for it. A bare number is as often an example of what is asked ("do I write seven or
 * 7?"), and the documents need not hold it; nor a number the language's endings make a word
 * ({@link LanguageData#isNumberWord}: "after the 90s"), which they may say otherwise. A condition is written in the
 * passages in another form too: with one of those endings ("B200s" for "B200": a plural), or with its letters
 * shortened and the number apart ("win10" for "Windows 10", "rx5400" for "RX 5400").
 */
final class NumberConditions {

    /** Letters, then a number, then perhaps an ending: "win10", "b200s", "rx5400". */
    private static final Pattern NAMED_NUMBER = Pattern.compile("(\\p{L}+)(\\d+)(\\p{L}*)");

    private final LanguageData language;

    NumberConditions(LanguageData language) {
        this.language = language;
    }

    /** The conditions of {@code question} that {@code passages} do not write, each once. */
    List<String> missing(String question, String passages) {
        String normalised = AnswerKinds.normalise(passages);
        return AnswerKinds.tokens(question).stream().distinct()
                .filter(token -> condition(token) && !written(token, normalised)).toList();
    }

    private boolean condition(String token) {
        return token.chars().anyMatch(Character::isDigit) && (LanguageData.isYear(token)
                || token.chars().anyMatch(Character::isLetter) && !language.isNumberWord(token));
    }

    /** Whether normalised {@code text} writes the condition, as it is or in one of the other forms. */
    private boolean written(String token, String text) {
        if (text.contains(token)) {
            return true;
        }
        Matcher named = NAMED_NUMBER.matcher(token);
        if (!named.matches()) {
            return false;
        }
        String letters = named.group(1);
        String ending = named.group(3);
        // a single letter is a name's, not a word shortened: "B200s" is not written by "by 200 requests"
        String written = Pattern.quote(letters) + (letters.length() > 1 ? "\\p{L}*" : "");
        // an ending that makes a number a word of the language ("200s") need not be written
        String withoutEnding = language.isNumberEnding(ending) ? "" : Pattern.quote(ending);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + written + "[\\s-]?" + named.group(2) + withoutEnding
                + "(?![\\p{N}])").matcher(text).find();
    }
}
