package dev.articlechat.retrieval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;

/**
 * The kinds of answer a question asks for and what a value of each looks like, read from a language's
 * {@code answer-kinds.txt} ({@link LanguageData#kinds()}): the phrases that need or likely want a kind ("how many",
 * "how much * cost"), its values (words, digits, years, currency signs, a number before a unit) and how a refusal
 * names it. Without the file no question asks for a kind.
 */
public final class AnswerKindLexicon {

    /** A kind of answer asked for; {@code needed} when the question cannot be answered without one. */
    public record Kind(String name, boolean needed) {
    }

    private static final Pattern KIND_LINE = Pattern.compile("(need|prefer|value|label)\\s+([\\p{L}-]+)\\s*:\\s*(.+)");
    /** A value line naming another kind's value, then a unit: "#number days". */
    private static final Pattern VALUE_WITH_UNIT = Pattern.compile("#([\\p{L}-]+)\\s+(\\S+)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]");
    /** The most words a {@code *} of a kind's phrase stands for. */
    private static final int GAP_WORDS = 5;

    /** Phrase → kind, for kinds a question needs and kinds it only likely wants. */
    private final Map<String, String> needs = new LinkedHashMap<>();
    private final Map<String, String> prefers = new LinkedHashMap<>();
    private final Map<String, Set<String>> valueWords = new HashMap<>();
    /** Kind → unit → the kind of the value before it: a duration is a number, then "days". */
    private final Map<String, Map<String, String>> valuesWithUnit = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** Whether some kind lists {@code #year}: a year is then a value of that kind, not of those listing digits. */
    private final boolean yearsHaveAKind;
    /** Whether an analysed term only says how a question asks ({@link LanguageData#asks}). */
    private final Predicate<String> asks;

    /** The lexicon of the lines of an {@code answer-kinds.txt} (none: no kinds). */
    AnswerKindLexicon(List<String> lines, Predicate<String> asks) {
        this.asks = asks;
        for (String line : lines) {
            Matcher m = KIND_LINE.matcher(line);
            if (!m.matches()) {
                Log.warnf("answer-kinds.txt: cannot read the line '%s'", line);
                continue;
            }
            String kind = m.group(2);
            String text = m.group(3).strip().toLowerCase(Locale.ROOT);
            switch (m.group(1)) {
                case "need" -> needs.put(text, kind);
                case "prefer" -> prefers.put(text, kind);
                case "value" -> value(kind, text);
                default -> labels.put(kind, m.group(3).strip());
            }
        }
        this.yearsHaveAKind = valueWords.values().stream().anyMatch(values -> values.contains("#year"));
    }

    private void value(String kind, String text) {
        Matcher withUnit = VALUE_WITH_UNIT.matcher(text);
        if (withUnit.matches()) {
            valuesWithUnit.computeIfAbsent(kind, k -> new HashMap<>()).put(withUnit.group(2), withUnit.group(1));
        } else {
            valueWords.computeIfAbsent(kind, k -> new HashSet<>()).add(text);
        }
    }

    /**
     * The kinds of answer {@code question} asks for (language/&lt;code&gt;/answer-kinds.txt): "how many" needs a
     * number, "when" likely wants a date. A kind both needed and wanted is needed. A phrase that needs a kind needs it
     * only where it opens its clause, after nothing but words of asking and function words ("Tell me how many…",
     * "…, and how much was it?"); inside a clause it describes what is asked about ("Which setting controls how many
     * requests can wait?" asks for a setting), and the kind is only likely wanted. Empty without the file.
     */
    public List<Kind> asked(String question) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (String clause : clauses(question)) {
            opening(clause).forEach((at, phrase) -> kinds.merge(needs.get(phrase),
                    onlyAsking(clause.substring(0, at)), Boolean::logicalOr));
            prefers.forEach((phrase, kind) -> {
                if (find(clause, phrase) >= 0) {
                    kinds.putIfAbsent(kind, false);
                }
            });
        }
        return kinds.entrySet().stream().map(e -> new Kind(e.getKey(), e.getValue())).toList();
    }

    /**
     * The clauses of {@code question} that need a kind of answer, lower case: "how many requests will the server line
     * up by default" of "What does a 503 mean, and how many requests will the server line up by default?". What the
     * value must be about is said there; the other clauses ask something else.
     */
    public List<String> clausesNeeding(String question) {
        return clauses(question).stream().filter(clause -> opening(clause).entrySet().stream()
                .anyMatch(e -> onlyAsking(clause.substring(0, e.getKey())))).map(String::strip).toList();
    }

    /** The clauses of a question, lower case, words between single spaces, a space at each end. */
    private static List<String> clauses(String question) {
        return Arrays.stream(CLAUSE_BREAK.split(question.toLowerCase(Locale.ROOT)))
                .map(clause -> " " + clause.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").toList();
    }

    /**
     * Where each phrase that needs a kind opens in {@code clause}; where two open at one place, the longer, which
     * says what is asked: "how much does it cost" needs an amount of money, not any number.
     */
    private Map<Integer, String> opening(String clause) {
        Map<Integer, String> opening = new TreeMap<>();
        needs.keySet().forEach(phrase -> {
            int at = find(clause, phrase);
            if (at >= 0) {
                opening.merge(at, phrase, (a, b) -> a.length() >= b.length() ? a : b);
            }
        });
        return opening;
    }

    /**
     * Where {@code phrase} opens in {@code clause} (words between single spaces, a space at each end), -1 when it is
     * not there. A phrase with a {@code *} is its words before it, then, at most {@link #GAP_WORDS} words later in the
     * clause, its words after it: "how much * cost" is in "how much does the bridge cost", and not in "what do I list
     * when I claim back the cost of a gift" for "what do * cost", which asks for a list.
     */
    private static int find(String clause, String phrase) {
        int gap = phrase.indexOf(" * ");
        String head = gap < 0 ? phrase : phrase.substring(0, gap);
        int at = clause.indexOf(" " + head + " ");
        if (at < 0 || gap < 0) {
            return at;
        }
        int afterHead = at + head.length() + 1;
        int tail = clause.indexOf(" " + phrase.substring(gap + 3) + " ", afterHead);
        return tail >= 0 && clause.substring(afterHead, tail).strip().split(" ").length <= GAP_WORDS ? at : -1;
    }

    /** Whether a run of words holds nothing but words of asking and function words ("tell me", "and", "in"). */
    private boolean onlyAsking(String words) {
        return Terms.of(words).stream().allMatch(asks);
    }

    /**
     * Whether a token (lower case: a word or number, as {@code [\p{L}\p{N}]+} splits a text, or a currency sign) is a
     * value of {@code kind}: one of its listed words, or, where the list says so, any token with a digit
     * ({@code #digits}), a four-digit year ({@code #year}) or a currency sign ({@code #currency}: "$", "€"). A year is
     * a value only of the kinds that list {@code #year} when some kind does: "How old is he?" and "How many times did
     * they meet?" are not answered by "after 2008".
     */
    public boolean isValue(String kind, String word) {
        Set<String> values = valueWords.getOrDefault(kind, Set.of());
        boolean year = LanguageData.isYear(word);
        return values.contains(word)
                || values.contains("#digits") && DIGIT.matcher(word).find() && !(year && yearsHaveAKind)
                || values.contains("#year") && year
                || values.contains("#currency") && CURRENCY.matcher(word).matches();
    }

    /**
     * Whether a word followed by {@code next} is a value of {@code kind}: a value itself, or a value of the kind its
     * list names before {@code next} as a unit ("value duration: #number days": "14" before "days").
     */
    public boolean isValue(String kind, String word, String next) {
        String before = valuesWithUnit.getOrDefault(kind, Map.of()).get(next);
        return isValue(kind, word) || before != null && isValue(before, word);
    }

    /** How a refusal names a missing answer of {@code kind} ("a number"); the kind's own name without a label. */
    public String label(String kind) {
        return labels.getOrDefault(kind, kind);
    }
}
