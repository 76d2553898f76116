package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.ingest.PlainText;
import dev.articlechat.ingest.TextSpan;

/**
 * Finds the spans an answer puts in quotation marks in the passage they come from. "Verbatim" allows what a model
 * cannot see or type differently: line breaks and runs of spaces, straight for curly apostrophes and quotes.
 */
final class QuoteFinder {

    /** Shorter quotes ("the", "ties") would match by accident. */
    private static final int MIN_QUOTE_CHARS = 8;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"|“([^”\\n]+)”");
    private static final Pattern PIECE = Pattern.compile("\\s+|['’]|[^\\s'’]+");

    private QuoteFinder() {
    }

    /** The answer's quoted texts, in order. */
    static List<String> quotedTexts(String answer) {
        List<String> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(answer);
        while (m.find()) {
            String text = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (text.length() >= MIN_QUOTE_CHARS) {
                quoted.add(text);
            }
        }
        return quoted;
    }

    /**
     * Where {@code quoted} first occurs in a passage's plain text: the quote as the answer shows it, and its range in
     * the source document (which, in Markdown, may hold markup between the words).
     */
    static Optional<Quote> find(String quoted, PlainText plain) {
        Matcher m = pattern(quoted).matcher(plain.text());
        if (!m.find()) {
            return Optional.empty();
        }
        TextSpan source = plain.source(m.start(), m.end());
        return Optional.of(new Quote(quoted, source.start(), source.end()));
    }

    private static Pattern pattern(String quoted) {
        StringBuilder regex = new StringBuilder();
        Matcher piece = PIECE.matcher(quoted);
        while (piece.find()) {
            String p = piece.group();
            if (p.isBlank()) {
                regex.append("\\s+");
            } else if (p.equals("'") || p.equals("’")) {
                regex.append("['’]");
            } else {
                regex.append(Pattern.quote(p));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
