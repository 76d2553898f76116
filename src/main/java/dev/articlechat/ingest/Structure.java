package dev.articlechat.ingest;

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
}
