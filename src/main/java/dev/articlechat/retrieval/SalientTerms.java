package dev.articlechat.retrieval;

import java.util.List;

import jakarta.inject.Singleton;

/**
 * The analysed terms that say what a question asks about: not words of asking ({@link LanguageData#asks}), and
 * either distinctive in the documents (in at most half of the passages) or absent from them. Words found all over
 * the documents ("Ollama" in its own manual) tell nothing apart.
 */
@Singleton
public class SalientTerms {

    private final ArticleWords words;
    private final LanguageData language;

    public SalientTerms(ArticleWords words, LanguageData language) {
        this.words = words;
        this.language = language;
    }

    public boolean salient(String term) {
        return !language.asks(term) && (words.distinctive(term) || !words.uses(term));
    }

    /** The salient terms of {@code text}, once each, in order. */
    public List<String> of(String text) {
        return Terms.of(text).stream().distinct().filter(this::salient).toList();
    }
}
