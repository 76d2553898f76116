package dev.articlechat.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import dev.articlechat.retrieval.ScoredPassage;
import io.quarkus.logging.Log;

/**
 * Holds an answer to the passages it was given. Numbers refer to the passages as offered in this turn
 * ({@code [1]} is the first); a number that was not offered is removed from the text; {@code [1, 2]} is written
 * {@code [1][2]}; citations are listed once each, in order of first use; a quoted span that a cited passage says word
 * for word is reported with its offsets.
 */
@Singleton
public class CitationChecker {

    /** A run of adjacent markers such as {@code [1]}, {@code [1][3]} or {@code [1, 3]}, with the space before it. */
    private static final Pattern MARKERS = Pattern.compile("\\s?(?:\\[\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*])+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public CheckedAnswer check(String answer, List<ScoredPassage> offered) {
        Map<Integer, Citation> cited = new LinkedHashMap<>();
        List<Integer> removed = new ArrayList<>();
        Matcher matcher = MARKERS.matcher(answer);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Set<Integer> valid = new LinkedHashSet<>();
            Matcher numbers = NUMBER.matcher(matcher.group());
            while (numbers.find()) {
                int n = Integer.parseInt(numbers.group());
                if (n >= 1 && n <= offered.size()) {
                    valid.add(n);
                    cited.computeIfAbsent(n, i -> Citation.of(i, offered.get(i - 1)));
                } else {
                    removed.add(n);
                }
            }
            String leading = matcher.group().startsWith("[") ? "" : matcher.group().substring(0, 1);
            StringBuilder replacement = new StringBuilder(valid.isEmpty() ? "" : leading);
            valid.forEach(n -> replacement.append('[').append(n).append(']'));
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement.toString()));
        }
        matcher.appendTail(text);
        if (!removed.isEmpty()) {
            Log.infof("Removed citation(s) %s: only [1]..[%d] were offered", removed, offered.size());
        }
        String checked = text.toString();
        return new CheckedAnswer(checked, withQuotes(checked, List.copyOf(cited.values())), List.copyOf(removed));
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
