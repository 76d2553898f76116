package dev.articlechat.ingest;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Text as a reader sees it, markup removed, with where each of its characters comes from in the source:
 * {@code offsets[i]} is the source offset of {@code text.charAt(i)}. Separators that markup stands for (a line
 * break between list items, a tab between table cells) take the offset of the character before them. In JSON it is
 * just the text.
 */
public record PlainText(String text, int[] offsets) {

    /** Plain text that is its own source, starting at {@code start}: a {@code .txt} document has no markup. */
    public static PlainText verbatim(String text, int start) {
        int[] offsets = new int[text.length()];
        Arrays.setAll(offsets, i -> start + i);
        return new PlainText(text, offsets);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    /** The source range that {@code text[from, to)} comes from; it may hold markup between the words. */
    public TextSpan source(int from, int to) {
        return new TextSpan(offsets[from], offsets[to - 1] + 1);
    }

    /** The part of this text whose characters come from source[start, end), white space at its ends left out. */
    public PlainText slice(int start, int end) {
        int from = firstAtOrAfter(start);
        int to = firstAtOrAfter(end);
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new PlainText(text.substring(from, to), Arrays.copyOfRange(offsets, from, to));
    }

    /** Index of the first character whose offset is at least {@code sourceOffset}; offsets never decrease. */
    private int firstAtOrAfter(int sourceOffset) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] < sourceOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlainText p && text.equals(p.text) && Arrays.equals(offsets, p.offsets);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
