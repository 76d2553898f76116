package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Words as the keyword index sees them: Lucene's English analyser (lower case, stop words out, stemmed). */
public final class Terms {

    static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final String FIELD = "text";

    private Terms() {
    }

    /** The terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        return of(ANALYZER, text);
    }

    /** The terms of {@code text} by another analyser, in order, repeats kept. */
    public static List<String> of(Analyzer analyzer, String text) {
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
