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
 * after {@code ."} followed by {@code [1]} nor sensibly at a Markdown list's {@code 1.}: markers and list numbers are
 * blanked (same length, so offsets hold) before splitting, and each sentence then takes the markers right after
 * it. A break inside quotation marks does not end the answer's sentence: two quoted sentences make one claim. Markers
 * followed by a new start (a capital, an opening quote) end a sentence that has no end punctuation, such as a
 * quoted caption.
 */
final class AnswerSentences {

    /** A sentence of the answer: [start, end) includes its trailing markers. */
    record Sentence(int start, int end, List<Integer> cites) {
    }

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d{1,3}[.)](?=[ \\t])");
    private static final Pattern MARKERS_BEFORE_START =
            Pattern.compile("(?:\\[\\d{1,3}])+(?=[ \\t]+[\\p{Lu}“‘\"])");
    /** Markers after a sentence, on its line or the next (never past a blank line). */
    private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:[ \\t]*(?:\\n[ \\t]*)?\\[\\d{1,3}])+");

    private AnswerSentences() {
    }

    static List<Sentence> of(String answer) {
        String blanked = blank(answer, blank(answer, answer, MARKER), LIST_NUMBER);
        List<Sentence> sentences = new ArrayList<>();
        TextSpan open = null;
        for (TextSpan span : Sentences.of(blanked, 0, blanked.length())) {
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

    private static String blank(String original, String text, Pattern pattern) {
        StringBuilder blanked = new StringBuilder(text);
        Matcher m = pattern.matcher(original);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
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
