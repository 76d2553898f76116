package dev.articlechat.ingest;

/** A [start, end) range of a source text. */
public record TextSpan(int start, int end) {

    public int length() {
        return end - start;
    }

    public TextSpan extendTo(int newEnd) {
        return new TextSpan(start, newEnd);
    }
}
