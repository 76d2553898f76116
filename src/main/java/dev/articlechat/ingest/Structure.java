package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as its format reads it: its title, whether that title is one of its headings, its blocks in order,
 * and its plain text with the source offset of every character.
 */
record Structure(String title, boolean titleIsHeading, List<Block> blocks, PlainText plain) {

    static Structure read(DocumentFormat format, String text, String fallbackTitle) {
        if (format == DocumentFormat.markdown) {
            return MarkdownReader.read(text, fallbackTitle);
        }
        List<Block> blocks = Block.parse(text);
        String title = Block.title(text, fallbackTitle);
        boolean titleIsHeading = blocks.stream().anyMatch(b -> b.kind() == Block.Kind.HEADING && title.equals(b.heading()));
        return new Structure(title, titleIsHeading, blocks, PlainText.verbatim(text, 0));
    }

    /**
     * The blocks as a page renders them, each on its own: a list's items (or a table's rows) as one block, since an
     * item rendered alone would start its own list ("1." for every step), and a row alone is no table.
     */
    List<TextSpan> rendered() {
        List<TextSpan> rendered = new ArrayList<>();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null && previous.kind() == Block.Kind.BULLET && block.kind() == Block.Kind.BULLET) {
                rendered.set(rendered.size() - 1, rendered.get(rendered.size() - 1).extendTo(block.end()));
            } else {
                rendered.add(new TextSpan(block.start(), block.end()));
            }
            previous = block;
        }
        return rendered;
    }
}
