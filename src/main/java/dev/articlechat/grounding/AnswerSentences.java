package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;

/**
 * The sentences of an answer, each with the citation numbers it carries. The JDK's sentence rules break neither
 * after {@code ."} followed by {@code [1]} nor sensibly at a Markdown list's {@code 1.}, and they split a final
 * period off when a space or a paragraph opening with "- " follows it: markers and list marks are left out before
 * splitting, offsets mapped back, and each sentence then takes the markers right after it. A break inside quotation marks does not end the answer's sentence: two quoted sentences make one claim. Markers
 * followed by a new start (a capital, an opening quote) end a sentence that has no end punctuation, such as a
 * quoted caption.
 */
final class AnswerSentences {

    /** A sentence of the answer: [start, end) includes its trailing markers. */
    record Sentence(int start, int end, List<Integer> cites) {
    }

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    /** Left out before splitting: markers with the space before them, list numbers and bullets ("2024.\n\n- "). */
    private static final Pattern LEFT_OUT =
            Pattern.compile("(?m)[ \\t]*\\[\\d{1,3}]|^[ \\t]*(?:\\d{1,3}[.)]|[-*+])(?=[ \\t])");
    private static final Pattern MARKERS_BEFORE_START =
            Pattern.compile("(?:\\[\\d{1,3}])+(?=[ \\t]+[\\p{Lu}“‘\"])");
    /** Markers after a sentence, on its line or the next (never past a blank line). */
    private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:[ \\t]*(?:\\n[ \\t]*)?\\[\\d{1,3}])+");

    private AnswerSentences() {
    }

    static List<Sentence> of(String answer) {
        StringBuilder kept = new StringBuilder();
        int[] at = new int[answer.length()];
        Matcher leftOut = LEFT_OUT.matcher(answer);
        int from = 0;
        while (from < answer.length()) {
            int to = leftOut.find() ? leftOut.start() : answer.length();
            for (int i = from; i < to; i++) {
                at[kept.length()] = i; // where each kept character is in the answer
                kept.append(answer.charAt(i));
            }
            from = to < answer.length() ? leftOut.end() : to;
        }
        List<Sentence> sentences = new ArrayList<>();
        TextSpan open = null;
        for (TextSpan split : Sentences.of(kept.toString(), 0, kept.length())) {
            TextSpan span = new TextSpan(at[split.start()], at[split.end() - 1] + 1);
            TextSpan current = open == null ? span : open.extendTo(span.end());
            if (quoteLeftOpen(answer.substring(current.start(), current.end()))) {
                open = current;
            } else {
                splitAfterMarkers(answer, current).forEach(piece -> sentences.add(withMarkers(answer, piece)));
                open = null;
            }
        }
        if (open != null) {
            splitAfterMarkers(answer, open).forEach(piece -> sentences.add(withMarkers(answer, piece)));
        }
        return sentences;
    }

    private static List<TextSpan> splitAfterMarkers(String answer, TextSpan span) {
        List<TextSpan> pieces = new ArrayList<>();
        int from = span.start();
        Matcher m = MARKERS_BEFORE_START.matcher(answer).region(span.start(), span.end());
        while (m.find()) {
            pieces.add(new TextSpan(from, m.end()));
            from = m.end();
            while (Character.isWhitespace(answer.charAt(from))) {
                from++;
            }
        }
        pieces.add(new TextSpan(from, span.end()));
        return pieces;
    }

    private static boolean quoteLeftOpen(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1
                || text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count();
    }

    private static Sentence withMarkers(String answer, TextSpan span) {
        Matcher trailing = TRAILING_MARKERS.matcher(answer).region(span.end(), answer.length());
        int end = trailing.lookingAt() ? trailing.end() : span.end();
        Set<Integer> cites = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(answer).region(span.start(), end);
        while (m.find()) {
            cites.add(Integer.parseInt(m.group(1)));
        }
        return new Sentence(span.start(), end, List.copyOf(cites));
    }
}
