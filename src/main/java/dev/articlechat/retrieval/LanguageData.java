package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * What must stay specific to the documents' language, read from {@code language/<code>/} resources: the words of
 * asking, how a refusal starts, phrases asking for a number, and generic questions (what "off-topic" looks like).
 * A language without a file gets an empty list: each user of it says what happens then.
 */
@Singleton
public class LanguageData {

    private final String language;
    private final Set<String> questionTerms;
    private final List<String> refusals;
    private final List<String> numberQuestions;
    private final List<String> genericQuestions;

    @Inject
    public LanguageData(ArticleChatConfig config) {
        this(config.language());
    }

    LanguageData(String language) {
        this.language = language;
        Set<String> terms = new HashSet<>();
        lines("question-words.txt").forEach(word -> terms.addAll(Terms.of(word)));
        this.questionTerms = Set.copyOf(terms);
        this.refusals = lines("refusals.txt");
        this.numberQuestions = lines("number-questions.txt");
        this.genericQuestions = lines("generic-questions.txt");
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

    /** Whether a question asks for a number, an amount or a date. */
    public boolean asksForNumber(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return numberQuestions.stream().anyMatch(phrase -> q.contains(" " + phrase + " "));
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
