package dev.articlechat.retrieval;

import java.util.List;

import jakarta.inject.Singleton;

/**
 * The analysed terms that say what a question asks about: not words of asking ({@link LanguageData#asks}), and
 * either distinctive in the documents (in at most half of the passages) or absent from them. Words found all over
 * the documents ("Ollama" in its own manual) tell nothing apart. Nor does a stop word in another form ("whats",
 * "doesnt": {@link Terms#isStopWordForm}) unless the documents use it as a word of their own ("shell" in a manual),
 * nor a single letter they do not use, more often a shorthand ("w/" for "with", "u") than a name.
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
        return !language.asks(term)
                && (words.uses(term) ? words.distinctive(term) : term.length() > 1 && !Terms.isStopWordForm(term));
    }

    /** The salient terms of {@code text}, once each, in order. */
    public List<String> of(String text) {
        return Terms.of(text).stream().distinct().filter(this::salient).toList();
    }
}
