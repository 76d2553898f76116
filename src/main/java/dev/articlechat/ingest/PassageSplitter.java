package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/**
 * Cuts a document into passages that keep its structure: a heading starts a section, a list or a table stays with the
 * sentence that introduces it (cut between its items or rows when too long), a Markdown code block or quote stays
 * whole, a long paragraph is cut at sentence ends, and short paragraphs join their neighbour. Every cut is an exact
 * [start, end) range of the source, with its heading path.
 */
@Singleton
public class PassageSplitter {

    /** One passage-to-be: its heading path (the document's title first) and where it lies in the source. */
    public record Cut(List<String> headings, int start, int end) {

        public String section() {
            return headings.get(headings.size() - 1);
        }
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

    /** The cuts of a document; passages before its first heading have its title alone as their path. */
    List<Cut> split(String text, Structure structure) {
        List<Block> blocks = structure.blocks();
        List<Cut> cuts = new ArrayList<>();
        HeadingPath path = new HeadingPath(structure.title(), structure.titleIsHeading());
        List<TextSpan> units = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING) {
                merge(units, path.current(), cuts);
                units.clear();
                path.enter(block);
                i++;
                continue;
            }
            int listEnd = endOfList(blocks, block.kind() == Block.Kind.PARAGRAPH ? i + 1 : i);
            if (block.kind() == Block.Kind.PARAGRAPH && listEnd < 0) {
                units.addAll(sentenceGroups(text, block.start(), block.end()));
                i++;
            } else if (block.kind() == Block.Kind.PARAGRAPH) {
                units.addAll(leadAndList(text, block, blocks.subList(i + 1, listEnd + 1)));
                i = listEnd + 1;
            } else {
                units.addAll(itemGroups(block.start(), blocks.subList(i, listEnd + 1)));
                i = listEnd + 1;
            }
        }
        merge(units, path.current(), cuts);
        return cuts;
    }

    /**
     * Index of the last block of the list starting at {@code from}, or -1 when none starts there: a run of plain-text
     * bullet blocks, or one whole Markdown block.
     */
    private static int endOfList(List<Block> blocks, int from) {
        if (from < blocks.size() && blocks.get(from).kind() == Block.Kind.WHOLE) {
            return from;
        }
        int last = -1;
        for (int j = from; j < blocks.size() && blocks.get(j).kind() == Block.Kind.BULLET; j++) {
            last = j;
        }
        return last;
    }

    /**
     * The list with its lead paragraph; when too long, only the lead's last sentence stays with the list, and a list
     * still too long is cut between its items ({@link #itemGroups}).
     */
    private List<TextSpan> leadAndList(String text, Block lead, List<Block> items) {
        int listEnd = items.get(items.size() - 1).end();
        if (listEnd - lead.start() <= maxChars) {
            return List.of(new TextSpan(lead.start(), listEnd));
        }
        List<TextSpan> sentences = Sentences.of(text, lead.start(), lead.end());
        TextSpan leadSentence = sentences.get(sentences.size() - 1);
        List<TextSpan> units = new ArrayList<>();
        if (sentences.size() > 1) {
            units.addAll(group(sentences.subList(0, sentences.size() - 1)));
        }
        units.addAll(itemGroups(leadSentence.start(), items));
        return units;
    }

    /**
     * A list's items from {@code start} (its lead sentence, or its first item), joined while they fit in
     * {@code maxChars}: a long list is cut between items, never inside one, and its first items keep the sentence
     * that introduces them. One passage for a legal policy's eight numbered steps (over 5 000 characters) matched
     * no question about any one step well: with items as units, the evidence was among the passages offered for 8
     * more of 2 441 development questions (docs/evaluation.md); a table's rows, 12 more of 2 581. A code block or quote
     * is one item.
     */
    private List<TextSpan> itemGroups(int start, List<Block> items) {
        List<TextSpan> spans = new ArrayList<>();
        for (Block item : items) {
            spans.add(new TextSpan(spans.isEmpty() ? start : item.start(), item.end()));
        }
        return group(spans);
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
    private void merge(List<TextSpan> units, List<String> headings, List<Cut> cuts) {
        TextSpan current = null;
        for (TextSpan unit : units) {
            if (current != null && current.length() < minChars && unit.end() - current.start() <= maxChars) {
                current = current.extendTo(unit.end());
            } else {
                if (current != null) {
                    cuts.add(new Cut(headings, current.start(), current.end()));
                }
                current = unit;
            }
        }
        if (current != null) {
            cuts.add(new Cut(headings, current.start(), current.end()));
        }
    }
}
