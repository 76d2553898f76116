package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A block of a source text with its kind and exact offsets. Blocks are what the splitter reasons about: headings
 * (with their level and text) open sections, bullets and whole blocks stay with the paragraph that introduces them.
 * The static methods read plain text: a block there is a run of non-blank lines, trimmed.
 */
record Block(Kind kind, int start, int end, String heading, int level) {

    enum Kind {
        HEADING, PARAGRAPH,
        /** A plain text's bullet block, a Markdown list's item or a table's row: consecutive ones are one list. */
        BULLET,
        /** A Markdown code block or block quote: kept whole, never cut. */
        WHOLE
    }

    static Block heading(int start, int end, String text, int level) {
        return new Block(Kind.HEADING, start, end, text, level);
    }

    static Block of(Kind kind, int start, int end) {
        return new Block(kind, start, end, null, 0);
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*([•◦▪‣*+-]|\\d{1,3}[.)])\\s+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final int HEADING_MAX_CHARS = 80;

    /** The blocks of a text, in order. */
    static List<Block> parse(String text) {
        List<int[]> spans = spans(text);
        List<Block> blocks = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            String content = text.substring(start, end);
            boolean last = i == spans.size() - 1;
            blocks.add(classify(content, start, end, last));
        }
        return blocks;
    }

    /**
     * A plain text's title: its first heading, or its first paragraph when that is one short line ("Russia and North
     * Korea: the renewed comradery."); else {@code fallback}, its file name.
     */
    static String title(String text, String fallback) {
        for (Block block : parse(text)) {
            if (block.kind == Kind.HEADING) {
                return block.heading;
            }
            if (block.kind == Kind.PARAGRAPH) {
                String first = text.substring(block.start, block.end);
                return first.contains("\n") || first.length() > HEADING_MAX_CHARS ? fallback : first;
            }
        }
        return fallback;
    }

    private static Block classify(String content, int start, int end, boolean last) {
        var markdown = MARKDOWN_HEADING.matcher(content);
        if (!content.contains("\n") && markdown.matches()) {
            return heading(start, end, markdown.group(1), (int) content.chars().takeWhile(c -> c == '#').count());
        }
        if (BULLET.matcher(content).find()) {
            return of(Kind.BULLET, start, end);
        }
        if (!last && looksLikePlainHeading(content)) {
            return heading(start, end, content, 1);
        }
        return of(Kind.PARAGRAPH, start, end);
    }

    /** Plain-text articles mark headings only by a short line of their own that is not a sentence. */
    private static boolean looksLikePlainHeading(String content) {
        if (content.contains("\n") || content.length() > HEADING_MAX_CHARS || content.startsWith("(")) {
            return false;
        }
        char lastChar = content.charAt(content.length() - 1);
        return ".,;:!)\"”".indexOf(lastChar) < 0;
    }

    /** [start, end) of each run of non-blank lines, with surrounding white space left out. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int first = firstNonBlank(text, lineStart, lineEnd);
            if (first < 0) {
                if (blockStart >= 0) {
                    spans.add(new int[] { blockStart, blockEnd });
                    blockStart = -1;
                }
            } else {
                if (blockStart < 0) {
                    blockStart = first;
                }
                blockEnd = lastNonBlank(text, lineStart, lineEnd) + 1;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (blockStart >= 0) {
            spans.add(new int[] { blockStart, blockEnd });
        }
        return spans;
    }

    private static int firstNonBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** White space, including the no-break spaces that pasted web text carries. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
