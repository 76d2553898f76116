package dev.articlechat.eval;

import java.util.Arrays;
import java.util.Locale;

/** Comparisons that ignore how a number or a space was written. */
final class Text {

    private Text() {
    }

    /** Lower case, typographic quotes made plain, white space folded, digit groups joined ("11 000" = "11,000"). */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replaceAll("\\s+", " ");
        return s.replaceAll("(?<=\\d)[ ,.](?=\\d)", "");
    }

    static boolean contains(String haystack, String needle) {
        return normalise(haystack).contains(normalise(needle));
    }

    /** A fact is stated when one of its "|"-separated alternatives is in the text. */
    static boolean states(String answer, String fact) {
        return Arrays.stream(fact.split("\\|")).anyMatch(alternative -> contains(answer, alternative.strip()));
    }
}
