package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * What must stay specific to the documents' language, read from {@code language/<code>/} resources: the words of
 * asking, how a refusal starts, the kinds of answer a question asks for ({@link AnswerKindLexicon}), the endings
 * that make a number a word ("90s", "2nd"), and generic questions (what "off-topic" looks like).
 * A language without a file gets an empty list: each user of it says what happens then.
 */
@Singleton
public class LanguageData {

    private final String language;
    private final Set<String> questionTerms;
    private final List<String> refusals;
    private final List<String> genericQuestions;
    private final Set<String> numberSuffixes;
    private final AnswerKindLexicon kinds;

    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
    private static final Pattern NUMBER_WITH_ENDING = Pattern.compile("\\d+(\\p{L}+)");

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
        this.kinds = new AnswerKindLexicon(lines("answer-kinds.txt"), this::asks);
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
     * The kinds of answer a question asks for (a number, a date) and what a value of each looks like
     * (language/&lt;code&gt;/answer-kinds.txt); none without the file.
     */
    public AnswerKindLexicon kinds() {
        return kinds;
    }

    /**
     * Whether a token (lower case) is a number made a word of the language by one of its endings
     * (language/&lt;code&gt;/number-suffixes.txt: a decade, "90s"; an ordinal, "2nd"), not a number with its unit.
     */
    public boolean isNumberWord(String token) {
        Matcher number = NUMBER_WITH_ENDING.matcher(token);
        return number.matches() && isNumberEnding(number.group(1));
    }

    /** Whether {@code ending} (lower case) is one that makes a number a word of the language: "s", "nd". */
    public boolean isNumberEnding(String ending) {
        return numberSuffixes.contains(ending);
    }

    /** Whether a token is a four-digit year, in any language. */
    public static boolean isYear(String token) {
        return YEAR.matcher(token).matches();
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
