package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * What must stay specific to the documents' language, read from {@code language/<code>/} resources: the words of
 * asking, how a refusal starts, the kinds of answer a question asks for (a number, a date) and what a value of each
 * looks like, the endings that make a number a word ("90s", "2nd"), and generic questions (what "off-topic" looks
 * like).
 * A language without a file gets an empty list: each user of it says what happens then.
 */
@Singleton
public class LanguageData {

    private final String language;
    private final Set<String> questionTerms;
    private final List<String> refusals;
    private final List<String> genericQuestions;
    private final Set<String> numberSuffixes;
    /** Phrase → kind, for kinds a question needs and kinds it only likely wants. */
    private final Map<String, String> needs = new LinkedHashMap<>();
    private final Map<String, String> prefers = new LinkedHashMap<>();
    private final Map<String, Set<String>> valueWords = new HashMap<>();
    /** Kind → unit → the kind of the value before it: a duration is a number, then "days". */
    private final Map<String, Map<String, String>> valuesWithUnit = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** Whether some kind lists {@code #year}: a year is then a value of that kind, not of those listing digits. */
    private final boolean yearsHaveAKind;

    /** A kind of answer asked for; {@code needed} when the question cannot be answered without one. */
    public record Kind(String name, boolean needed) {
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]");
    /** The most words a {@code *} of a kind's phrase stands for. */
    private static final int GAP_WORDS = 5;
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");
    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
    private static final Pattern NUMBER_WITH_ENDING = Pattern.compile("\\d+(\\p{L}+)");
    /** A value line naming another kind's value, then a unit: "#number days". */
    private static final Pattern VALUE_WITH_UNIT = Pattern.compile("#([\\p{L}-]+)\\s+(\\S+)");
    private static final Pattern KIND_LINE = Pattern.compile("(need|prefer|value|label)\\s+([\\p{L}-]+)\\s*:\\s*(.+)");

    @Inject
    public LanguageData(ArticleChatConfig config) {
        this(config.language());
    }

    /** The lists of the language with this code ("en"); none for a language without them. */
    public LanguageData(String language) {
        this.language = language;
        Set<String> terms = new HashSet<>();
        lines("question-words.txt").forEach(word -> terms.addAll(Terms.of(word)));
        this.questionTerms = Set.copyOf(terms);
        this.refusals = lines("refusals.txt");
        this.genericQuestions = lines("generic-questions.txt");
        this.numberSuffixes = Set.copyOf(lines("number-suffixes.txt"));
        for (String line : lines("answer-kinds.txt")) {
            var m = KIND_LINE.matcher(line);
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

    /** Whether an analysed term only says how a question asks ("how", "many", "tell"). */
    public boolean asks(String term) {
        return questionTerms.contains(term);
    }

    /** Whether a reply says the documents do not answer, in one of the ways models say it. */
    public boolean isRefusal(String reply) {
        String start = reply.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return refusals.stream().anyMatch(start::startsWith);
    }

    /**
     * The kinds of answer {@code question} asks for (language/&lt;code&gt;/answer-kinds.txt): "how many" needs a
     * number, "when" likely wants a date. A kind both needed and wanted is needed. A phrase that needs a kind needs it
     * only where it opens its clause, after nothing but words of asking and function words ("Tell me how many…",
     * "…, and how much was it?"); inside a clause it describes what is asked about ("Which setting controls how many
     * requests can wait?" asks for a setting), and the kind is only likely wanted. Empty without the file.
     */
    public List<Kind> kindsAsked(String question) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (String clause : CLAUSE_BREAK.split(question.toLowerCase(Locale.ROOT))) {
            String c = " " + clause.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
            // where two phrases open at one place, the longer says what is asked: "how much does it cost" needs an
            // amount of money, not any number
            Map<Integer, String> opening = new TreeMap<>();
            needs.keySet().forEach(phrase -> {
                int at = find(c, phrase);
                if (at >= 0) {
                    opening.merge(at, phrase, (a, b) -> a.length() >= b.length() ? a : b);
                }
            });
            opening.forEach((at, phrase) -> kinds.merge(needs.get(phrase), onlyAsking(c.substring(0, at)),
                    Boolean::logicalOr));
            prefers.forEach((phrase, kind) -> {
                if (find(c, phrase) >= 0) {
                    kinds.putIfAbsent(kind, false);
                }
            });
        }
        return kinds.entrySet().stream().map(e -> new Kind(e.getKey(), e.getValue())).toList();
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
        return Terms.of(words).stream().allMatch(this::asks);
    }

    /**
     * Whether a word (lower case, as {@code [\p{L}\p{N}]+} splits a text) is a value of {@code kind}: one of its
     * listed words, or, where the list says so, any token with a digit ({@code #digits}) or a four-digit year
     * ({@code #year}), or a currency sign ({@code #currency}: "$", "€"). A year is a value only of the kinds that list {@code #year} when some kind does: "How old is
     * he?" and "How many times did they meet?" are not answered by "after 2008".
     */
    public boolean isValue(String kind, String word) {
        Set<String> values = valueWords.getOrDefault(kind, Set.of());
        boolean year = isYear(word);
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

    /**
     * Whether a token (lower case) is a number made a word of the language by one of its endings
     * (language/&lt;code&gt;/number-suffixes.txt: a decade, "90s"; an ordinal, "2nd"), not a number with its unit.
     */
    public boolean isNumberWord(String token) {
        Matcher number = NUMBER_WITH_ENDING.matcher(token);
        return number.matches() && numberSuffixes.contains(number.group(1));
    }

    /** Whether a token is a four-digit year, in any language. */
    public static boolean isYear(String token) {
        return YEAR.matcher(token).matches();
    }

    /** How a refusal names a missing answer of {@code kind} ("a number"); the kind's own name without a label. */
    public String label(String kind) {
        return labels.getOrDefault(kind, kind);
    }

    /** Questions on no particular subject: their scores against the documents are the off-topic baseline. */
    public List<String> genericQuestions() {
        return genericQuestions;
    }

    private List<String> lines(String file) {
        String path = "language/" + language + "/" + file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                Log.infof("No %s for language '%s' (article-chat.language): that list is empty", file, language);
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
