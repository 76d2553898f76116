package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.retrieval.Terms;

/**
 * What one sentence states, in the form its passages must hold it: its numbers (compared by their digits, so
 * "11 000" = "11,000" and "$52,9" = "52.9"), its names (capitalised words past the start of the sentence, of a line
 * or of a quotation, where any word is capitalised; acronyms anywhere; compared without case, dots or a possessive)
 * and its content words ({@link ContentWords}, without numbers or {@link SourceTalk source words}). Markers and
 * Markdown are left out first. A question, and a lead-in ending in a colon, ask or introduce rather than state.
 */
record Claim(List<Item> numbers, List<Item> names, Set<String> terms, boolean asksOrIntroduces,
        boolean saysSourcesLack) {

    /** A number or a name as the answer writes it, and the key it is compared by. */
    record Item(String written, String key) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+|[ \\u00A0\\u202F]\\d{3}(?!\\d))*");
    /** A word, an acronym with dots ("U.S."), with its possessive. */
    private static final Pattern WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:\\.\\p{L}[\\p{L}\\p{M}]*)*\\.?(?:['’]s)?");
    private static final Pattern APOSTROPHE_WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARKUP = Pattern.compile(
            "(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+•][ \\t]+|\\d{1,3}[.)][ \\t]+)");
    private static final Pattern INLINE_MARKUP = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    static Claim of(String sentence, SourceTalk talk) {
        String plain = plain(sentence);
        List<Item> names = new ArrayList<>();
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            if (isName(word.group(), atStart(plain, word.start()))) {
                names.add(new Item(word.group(), nameKey(word.group())));
            }
        }
        List<String> stems = Terms.of(plain);
        Set<String> terms = new LinkedHashSet<>();
        stems.stream().filter(t -> t.chars().noneMatch(Character::isDigit) && !talk.sourceStems().contains(t))
                .forEach(terms::add);
        boolean aboutSources = stems.stream().anyMatch(talk.sourceStems()::contains);
        boolean negated = APOSTROPHE_WORD.matcher(plain.toLowerCase(Locale.ROOT)).results()
                .anyMatch(m -> talk.negates(m.group().replace('’', '\'')));
        String last = plain.replaceAll("[\"”’)\\s]+$", "");
        boolean asksOrIntroduces = last.endsWith("?") || last.endsWith(":");
        return new Claim(numbers(plain), List.copyOf(names), terms, asksOrIntroduces, aboutSources && negated);
    }

    /** The text as a reader sees it: no [n] markers, links' targets, emphasis, code ticks, list or heading marks. */
    private static String plain(String markdown) {
        String text = AnswerSentences.MARKER.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = LINE_MARKUP.matcher(text).replaceAll("");
        return INLINE_MARKUP.matcher(text).replaceAll("").strip();
    }

    static List<Item> numbers(String text) {
        return NUMBER.matcher(text).results().map(m -> new Item(m.group(), m.group().replaceAll("\\D", ""))).toList();
    }

    /** The keys of every word of {@code text}, as names are compared. */
    static Set<String> wordKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        WORD.matcher(text).results().forEach(m -> keys.add(nameKey(m.group())));
        return keys;
    }

    private static String nameKey(String word) {
        return word.replaceFirst("['’]s$", "").replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** "I" and "A" are no names; at a start only an acronym ("UN", "U.S.") is one. */
    private static boolean isName(String word, boolean atStart) {
        String bare = word.replaceFirst("['’]s$", "").replace(".", "");
        if (bare.length() < 2 || !Character.isUpperCase(bare.charAt(0))) {
            return false;
        }
        return !atStart || bare.equals(bare.toUpperCase(Locale.ROOT));
    }

    /** At the start of the text or of a line (list marks skipped), or right after an opening quotation mark. */
    private static boolean atStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && " \t•-*>#".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || "“‘(".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return i == at - 1 && (text.charAt(i) == '"' || text.charAt(i) == '\'');
    }
}
