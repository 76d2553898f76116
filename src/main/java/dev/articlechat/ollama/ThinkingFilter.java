package dev.articlechat.ollama;

/**
 * Keeps a reasoning model's thinking out of its answer while the answer streams. Told not to think, or on an
 * Ollama older than 0.9, qwen3 and deepseek-r1 may still write their reasoning into the content between
 * {@code <think>} and {@code </think>}; a template that opens the block itself leaves only the {@code </think>}, and a
 * model cut short while thinking never closes it. A tag may come split over pieces ({@code "<th"}, {@code "ink>"}),
 * so the end of a piece that could begin one is held back until the next piece settles it. The answer starts at
 * its first visible character (models put blank lines after {@code </think>}).
 */
final class ThinkingFilter {

    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    private final StringBuilder answer = new StringBuilder();
    private final StringBuilder thinking = new StringBuilder();
    private String held = "";
    private boolean inside;
    private boolean opened;

    /** The next piece of content; returns what of it is answer, to show now ("" when none). */
    String content(String piece) {
        String text = held + piece;
        held = "";
        StringBuilder shown = new StringBuilder();
        while (!text.isEmpty()) {
            int open = inside ? -1 : text.indexOf(OPEN);
            int close = text.indexOf(CLOSE);
            if (inside && close >= 0) {
                thinking.append(text, 0, close);
                inside = false;
                text = text.substring(close + CLOSE.length());
            } else if (!inside && close >= 0 && (open < 0 || close < open)) {
                if (!opened) {
                    // the template opened the block: what came so far was thinking (streamed, it cannot be taken
                    // back; the finished answer leaves it out)
                    thinking.append(answer).append(text, 0, close);
                    answer.setLength(0);
                    shown.setLength(0);
                } else {
                    show(shown, text.substring(0, close)); // a stray tag after a block: dropped
                }
                text = text.substring(close + CLOSE.length());
            } else if (open >= 0) {
                show(shown, text.substring(0, open));
                inside = true;
                opened = true;
                text = text.substring(open + OPEN.length());
            } else {
                int keep = partialTagAtEnd(text);
                String settled = text.substring(0, text.length() - keep);
                if (inside) {
                    thinking.append(settled);
                } else {
                    show(shown, settled);
                }
                held = text.substring(text.length() - keep);
                text = "";
            }
        }
        return shown.toString();
    }

    /** Thinking the model sent apart from its content (Ollama's {@code message.thinking}). */
    void thinking(String piece) {
        thinking.append(piece);
    }

    /** At the end of the stream: what was held back as a possible tag and is answer after all ("" when none). */
    String end() {
        String rest = held;
        held = "";
        if (inside) {
            thinking.append(rest);
            return "";
        }
        StringBuilder shown = new StringBuilder();
        show(shown, rest);
        return shown.toString();
    }

    /** The answer without any thinking. */
    String answer() {
        return answer.toString();
    }

    /** The thinking, or null when the model did not think. */
    String thought() {
        String text = thinking.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private void show(StringBuilder shown, String text) {
        String visible = answer.isEmpty() ? text.stripLeading() : text;
        answer.append(visible);
        shown.append(visible);
    }

    /** How many characters at the end of {@code text} could begin a tag. */
    private static int partialTagAtEnd(String text) {
        for (int n = Math.min(text.length(), CLOSE.length() - 1); n > 0; n--) {
            String end = text.substring(text.length() - n);
            if (OPEN.startsWith(end) || CLOSE.startsWith(end)) {
                return n;
            }
        }
        return 0;
    }
}
