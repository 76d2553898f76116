package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of non-blank lines of a source text, trimmed, with its kind and exact offsets. Blocks are what the
 * splitter reasons about: headings open sections, bullets stay with the paragraph that introduces them.
 */
record Block(Kind kind, int start, int end, String heading) {

    enum Kind { HEADING, PARAGRAPH, BULLET }

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

    /** The first heading or paragraph of a text: its title. */
    static String title(String text, String fallback) {
        for (Block block : parse(text)) {
            if (block.kind == Kind.HEADING) {
                return block.heading;
            }
            if (block.kind == Kind.PARAGRAPH) {
                return text.substring(block.start, block.end).lines().findFirst().orElse(fallback).strip();
            }
        }
        return fallback;
    }

    private static Block classify(String content, int start, int end, boolean last) {
        var markdown = MARKDOWN_HEADING.matcher(content);
        if (!content.contains("\n") && markdown.matches()) {
            return new Block(Kind.HEADING, start, end, markdown.group(1));
        }
        if (BULLET.matcher(content).find()) {
            return new Block(Kind.BULLET, start, end, null);
        }
        if (!last && looksLikePlainHeading(content)) {
            return new Block(Kind.HEADING, start, end, content);
        }
        return new Block(Kind.PARAGRAPH, start, end, null);
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
