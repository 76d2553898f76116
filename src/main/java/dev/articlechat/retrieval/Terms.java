package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    static final Analyzer ANALYZER = new EnglishAnalyzer(snowballStopWords());
    private static final String FIELD = "text";

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
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(FIELD, text)) {
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
