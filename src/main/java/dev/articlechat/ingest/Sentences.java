package dev.articlechat.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence boundaries by the JDK's English sentence rules, which know "U.S. announced" is one sentence. */
public final class Sentences {

    private Sentences() {
    }

    /**
     * A numbered list item's number at the end of what the sentence rules take for a sentence, alone or after the
     * sentence before the item ("…in writing.\n\n2." then "When you…"): it opens the next sentence instead.
     */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?:^|\\n)\\s*(\\d{1,3}\\.)$");

    /** A blank line: a caption or heading without end punctuation still ends its sentence there. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\s&&[^\\n]]*\\n");

    /** Whether a blank line stands in text[from, to): the sentences on either side are of different paragraphs. */
    public static boolean paragraphBreakBetween(String text, int from, int to) {
        return PARAGRAPH_BREAK.matcher(text).region(from, to).find();
    }

    /**
     * A line with a cell separator in it: a table's row, as {@link MarkdownPlain} writes one (cells apart by a tab).
     * A row is a record, read whole: the sentence rules would end one at a cell's full stop and run the next row's
     * first cells into it ("(Default: 1.1) float repeat_penalty 1.1 temperature The temperature of the model.").
     */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[^\\n]*\\S\\t[^\\n]*$");

    /** Whether a line of text is a table's row. */
    public static boolean isTableRow(String line) {
        return TABLE_ROW.matcher(line).find();
    }

    /** The sentences of text[start, end), trimmed, with exact offsets into {@code text}; a table's row is one. */
    public static List<TextSpan> of(String text, int start, int end) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher rows = TABLE_ROW.matcher(text).region(start, end);
        int from = start;
        while (rows.find()) {
            sentences.addAll(prose(text, from, rows.start()));
            int s = rows.start();
            while (Block.isSpace(text.charAt(s))) {
                s++;
            }
            sentences.add(new TextSpan(s, endBeforeSpace(text, s, rows.end())));
            from = rows.end();
        }
        sentences.addAll(prose(text, from, end));
        return sentences;
    }

    private static List<TextSpan> prose(String text, int start, int end) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text).region(start, end);
        int from = start;
        while (breaks.find()) {
            if (endsUnpunctuated(text, from, breaks.start())) {
                sentences.addAll(withinParagraph(text, from, breaks.start()));
                from = breaks.end();
            }
        }
        sentences.addAll(withinParagraph(text, from, end));
        return sentences;
    }

    /** List items end in a comma and stay in their sentence; a line ending in no punctuation at all does not. */
    private static boolean endsUnpunctuated(String text, int from, int to) {
        int last = to - 1;
        while (last >= from && Block.isSpace(text.charAt(last))) {
            last--;
        }
        return last >= from && ".!?,:;".indexOf(text.charAt(last)) < 0;
    }

    private static List<TextSpan> withinParagraph(String text, int start, int end) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text.substring(start, end));
        List<TextSpan> sentences = new ArrayList<>();
        TextSpan itemNumber = null;
        int from = iterator.first();
        for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            int s = start + from;
            int e = start + to;
            while (s < e && Block.isSpace(text.charAt(s))) {
                s++;
            }
            e = endBeforeSpace(text, s, e);
            Matcher item = ITEM_NUMBER.matcher(text).region(s, e);
            TextSpan number = item.find() ? new TextSpan(item.start(1), item.end(1)) : null;
            if (number != null) {
                e = endBeforeSpace(text, s, item.start());
            }
            if (e > s) {
                sentences.add(new TextSpan(itemNumber == null ? s : itemNumber.start(), e));
                itemNumber = null;
            }
            if (number != null) {
                itemNumber = number;
            }
        }
        if (itemNumber != null) {
            sentences.add(itemNumber);
        }
        return sentences;
    }

    /** Where text[start, end) ends without its trailing white space. */
    private static int endBeforeSpace(String text, int start, int end) {
        int e = end;
        while (e > start && Block.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
