package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Words as the keyword index sees them: Lucene's English analyser (lower case, possessives and stop words out,
 * stemmed), with Snowball's English stop words (Lucene's own, ~170: "from", "between", "most"...) rather than its
 * default 33, so that only words that say something count.
 */
public final class Terms {

    private static final CharArraySet STOP_WORDS = snowballStopWords();
    static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);
    private static final String FIELD = "text";
    /**
     * The stop words, and the stems of those written without their apostrophes. The analyser drops a stop word before
     * it stems, so one in another form comes back as a term: "whats" as "what", "hows" as "how", "doesnt" and "im" as
     * themselves.
     */
    private static final Set<String> STOP_FORMS = stopForms();

    private Terms() {
    }

    private static CharArraySet snowballStopWords() {
        try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop words are missing from its jar", e);
        }
    }

    /** The terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        return tokens(ANALYZER, text);
    }

    /**
     * Whether an analysed term is only a stop word in another form: "what" from "whats", "doesnt". Whether the
     * documents use it as a word of their own ("shell", "id") is for the caller to ask.
     */
    public static boolean isStopWordForm(String term) {
        return STOP_FORMS.contains(term);
    }

    private static Set<String> stopForms() {
        Set<String> forms = new HashSet<>();
        try (Analyzer stemmer = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
            for (Object word : STOP_WORDS) {
                String stopWord = new String((char[]) word);
                forms.add(stopWord);
                if (stopWord.contains("'")) {
                    forms.addAll(tokens(stemmer, stopWord.replace("'", "")));
                }
            }
        }
        return Set.copyOf(forms);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
