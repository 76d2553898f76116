package dev.articlechat.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentence boundaries by the JDK's English sentence rules, which know "U.S. announced" is one sentence. */
public final class Sentences {

    private Sentences() {
    }

    /** The sentences of text[start, end), trimmed, with exact offsets into {@code text}. */
    public static List<TextSpan> of(String text, int start, int end) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text.substring(start, end));
        List<TextSpan> sentences = new ArrayList<>();
        int from = iterator.first();
        for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            int s = start + from;
            int e = start + to;
            while (s < e && Block.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Block.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                sentences.add(new TextSpan(s, e));
            }
        }
        return sentences;
    }
}
