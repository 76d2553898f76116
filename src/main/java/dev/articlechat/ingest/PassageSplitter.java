package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/**
 * Cuts a text into passages that keep its structure: a heading starts a section, a bullet list stays with the
 * sentence that introduces it, a long paragraph is cut at sentence ends, and short paragraphs join their
 * neighbour. Every cut is an exact [start, end) range of the source.
 */
@Singleton
public class PassageSplitter {

    /** One passage-to-be: its section and where it lies in the source. */
    public record Cut(String section, int start, int end) {
    }

    private final int maxChars;
    private final int minChars;

    @Inject
    public PassageSplitter(ArticleChatConfig config) {
        this(config.splitter().maxChars(), config.splitter().minChars());
    }

    PassageSplitter(int maxChars, int minChars) {
        this.maxChars = maxChars;
        this.minChars = minChars;
    }

    /** The cuts of {@code text}; passages before the first heading get {@code leadSection}. */
    public List<Cut> split(String text, String leadSection) {
        List<Block> blocks = Block.parse(text);
        List<Cut> cuts = new ArrayList<>();
        String section = leadSection;
        List<TextSpan> units = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING) {
                merge(units, section, cuts);
                units.clear();
                section = block.heading();
                i++;
                continue;
            }
            int listEnd = endOfList(blocks, block.kind() == Block.Kind.PARAGRAPH ? i + 1 : i);
            if (block.kind() == Block.Kind.PARAGRAPH && listEnd < 0) {
                units.addAll(sentenceGroups(text, block.start(), block.end()));
                i++;
            } else if (block.kind() == Block.Kind.PARAGRAPH) {
                units.addAll(leadAndList(text, block, blocks.get(listEnd).end()));
                i = listEnd + 1;
            } else {
                units.add(new TextSpan(block.start(), blocks.get(listEnd).end()));
                i = listEnd + 1;
            }
        }
        merge(units, section, cuts);
        return cuts;
    }

    /** Index of the last bullet of the run starting at {@code from}, or -1 when no bullet starts there. */
    private static int endOfList(List<Block> blocks, int from) {
        int last = -1;
        for (int j = from; j < blocks.size() && blocks.get(j).kind() == Block.Kind.BULLET; j++) {
            last = j;
        }
        return last;
    }

    /** The list with its lead paragraph; when too long, only the lead's last sentence stays with the list. */
    private List<TextSpan> leadAndList(String text, Block lead, int listEnd) {
        if (listEnd - lead.start() <= maxChars) {
            return List.of(new TextSpan(lead.start(), listEnd));
        }
        List<TextSpan> sentences = Sentences.of(text, lead.start(), lead.end());
        TextSpan leadSentence = sentences.get(sentences.size() - 1);
        List<TextSpan> units = new ArrayList<>();
        if (sentences.size() > 1) {
            units.addAll(group(sentences.subList(0, sentences.size() - 1)));
        }
        units.add(new TextSpan(leadSentence.start(), listEnd));
        return units;
    }

    private List<TextSpan> sentenceGroups(String text, int start, int end) {
        if (end - start <= maxChars) {
            return List.of(new TextSpan(start, end));
        }
        return group(Sentences.of(text, start, end));
    }

    /** Consecutive sentences joined while they fit in {@code maxChars}. */
    private List<TextSpan> group(List<TextSpan> sentences) {
        List<TextSpan> groups = new ArrayList<>();
        TextSpan current = null;
        for (TextSpan sentence : sentences) {
            if (current != null && sentence.end() - current.start() <= maxChars) {
                current = current.extendTo(sentence.end());
            } else {
                if (current != null) {
                    groups.add(current);
                }
                current = sentence;
            }
        }
        if (current != null) {
            groups.add(current);
        }
        return groups;
    }

    /** Short units join the next one of the same section while the result stays within {@code maxChars}. */
    private void merge(List<TextSpan> units, String section, List<Cut> cuts) {
        TextSpan current = null;
        for (TextSpan unit : units) {
            if (current != null && current.length() < minChars && unit.end() - current.start() <= maxChars) {
                current = current.extendTo(unit.end());
            } else {
                if (current != null) {
                    cuts.add(new Cut(section, current.start(), current.end()));
                }
                current = unit;
            }
        }
        if (current != null) {
            cuts.add(new Cut(section, current.start(), current.end()));
        }
    }
}
