package dev.articlechat.grounding;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

import dev.articlechat.retrieval.Terms;

/**
 * Words as the support check compares them: Lucene's English analyser (lower case, stemmed), with the longer
 * English stop list that Lucene ships from the Snowball project instead of its short default, so that "between",
 * "from" or "again" are not words a passage must hold for a sentence to be backed.
 */
final class ContentWords {

    private static final Analyzer ANALYZER = new EnglishAnalyzer(snowballStopWords());

    private ContentWords() {
    }

    static List<String> of(String text) {
        return Terms.of(ANALYZER, text);
    }

    private static CharArraySet snowballStopWords() {
        try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
