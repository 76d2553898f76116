package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import dev.articlechat.grounding.CitationForms.Cited;
import dev.articlechat.grounding.CitationForms.Marker;
import dev.articlechat.retrieval.ScoredPassage;
import io.quarkus.logging.Log;

/**
 * Holds an answer to the passages it was given. Numbers refer to the passages as offered in this turn
 * ({@code [1]} is the first). Citations in the other forms models write ({@code [Passage 1]}, {@code (Source 2)},
 * {@code [^1]}, {@code 【1】}..., see {@link CitationForms}) are written {@code [n]} and checked alike; a number that
 * was not offered is removed from the text, as is a range that is not wholly offered and a marker naming no number;
 * {@code [1, 2]} and {@code [1-2]} are written {@code [1][2]}; citations are listed once each, in order of first
 * use; a quoted span that a cited passage says word for word is reported with its offsets.
 */
@Singleton
public class CitationChecker {

    public CheckedAnswer check(String answer, List<ScoredPassage> offered) {
        String text = CitationForms.withoutFootnoteDefinitions(answer);
        Map<Integer, Citation> cited = new LinkedHashMap<>();
        List<Integer> removed = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        StringBuilder checked = new StringBuilder();
        int at = 0;
        for (Marker marker : CitationForms.markers(text, offered.size())) {
            checked.append(text, at, marker.start());
            at = marker.end();
            if (marker.cited().isEmpty()) {
                unreadable.add(text.substring(marker.start(), marker.end()));
            }
            Set<Integer> valid = new LinkedHashSet<>();
            for (Cited c : marker.cited()) {
                boolean wholly = c.first() >= 1 && c.first() <= c.last() && c.last() <= offered.size();
                IntStream numbers = IntStream.rangeClosed(Math.min(c.first(), c.last()), Math.max(c.first(), c.last()));
                numbers.forEach(wholly ? valid::add : removed::add);
            }
            valid.forEach(n -> cited.computeIfAbsent(n, i -> Citation.of(i, offered.get(i - 1))));
            if (valid.isEmpty() && !checked.isEmpty() && Character.isWhitespace(checked.charAt(checked.length() - 1))) {
                checked.setLength(checked.length() - 1); // "true [9]." reads "true.", not "true ."
            }
            valid.forEach(n -> checked.append('[').append(n).append(']'));
        }
        checked.append(text, at, text.length());
        if (!removed.isEmpty()) {
            Log.infof("Removed citation(s) %s: only [1]..[%d] were offered", removed, offered.size());
        }
        if (!unreadable.isEmpty()) {
            Log.infof("Removed citation marker(s) %s: they name no passage number", unreadable);
        }
        String result = checked.toString();
        return new CheckedAnswer(result, withQuotes(result, List.copyOf(cited.values())), List.copyOf(removed));
    }

    /** Each quoted span goes to the first cited passage that says it word for word; other quotes are not reported. */
    private static List<Citation> withQuotes(String answer, List<Citation> citations) {
        List<Citation> result = new ArrayList<>(citations);
        for (String quoted : QuoteFinder.quotedTexts(answer)) {
            for (int i = 0; i < result.size(); i++) {
                Citation c = result.get(i);
                var quote = c.find(quoted);
                if (quote.isPresent()) {
                    result.set(i, c.withQuote(quote.get()));
                    break;
                }
            }
        }
        return List.copyOf(result);
    }
}
