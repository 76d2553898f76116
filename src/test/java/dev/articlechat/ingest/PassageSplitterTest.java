package dev.articlechat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;

class PassageSplitterTest {

    private static final String TITLE = "Russia and North Korea: the renewed comradery.";
    private final PassageSplitter splitter = new PassageSplitter(700, 200);

    private static String article() {
        return Corpora.article();
    }

    private static List<PassageSplitter.Cut> split(PassageSplitter splitter, String text) {
        return splitter.split(text, Structure.read(DocumentFormat.text, text, "file.txt"));
    }

    private static String text(String source, PassageSplitter.Cut cut) {
        return source.substring(cut.start(), cut.end());
    }

    @Test
    void passagesCoverTheArticleInOrderWithoutOverlap() throws Exception {
        String source = article();
        List<PassageSplitter.Cut> cuts = split(splitter, source);
        assertThat(cuts).hasSizeGreaterThan(5);
        for (int i = 1; i < cuts.size(); i++) {
            assertThat(cuts.get(i).start()).isGreaterThanOrEqualTo(cuts.get(i - 1).end());
            // between two passages only white space, or the heading that opens the next one's section: no text is lost
            String gap = source.substring(cuts.get(i - 1).end(), cuts.get(i).start()).strip();
            assertThat(gap).isIn("", cuts.get(i).section());
        }
        assertThat(source.substring(0, cuts.get(0).start())).isBlank();
        assertThat(source.substring(cuts.get(cuts.size() - 1).end())).isBlank();
    }

    @Test
    void headingsStartSectionsAndAreNotPassageText() throws Exception {
        String source = article();
        List<PassageSplitter.Cut> cuts = split(splitter, source);
        assertThat(cuts).extracting(PassageSplitter.Cut::section).containsSubsequence(TITLE, "Historical context",
                "Increased military cooperation", "Diplomatic, economic, and soft-power ties",
                "What’s at stake for Pyongyang?");
        assertThat(cuts).noneMatch(c -> text(source, c).startsWith("Historical context"));
        // a sentence ending in a colon introduces a list; it is never taken for a heading
        assertThat(cuts).extracting(PassageSplitter.Cut::section)
                .doesNotContain("North Korea also supplied large quantities of materials:");
    }

    @Test
    void bulletListsStayWithTheSentenceThatIntroducesThem() throws Exception {
        String source = article();
        List<PassageSplitter.Cut> cuts = split(splitter, source);
        assertThat(cuts).anySatisfy(c -> assertThat(text(source, c))
                .contains("North Korea also supplied large quantities of materials:")
                .contains("Artillery shells,").contains("Rockets,").contains("Missiles."));
        assertThat(cuts).anySatisfy(c -> assertThat(text(source, c))
                .contains("In exchange, Russia transferred military technology to North Korea, including:")
                .contains("Pantsir air-defense systems,").contains("Missile guidance."));
        assertThat(cuts).anySatisfy(c -> assertThat(text(source, c))
                .contains("This $111 million project aims at:")
                .contains("Expand trade and economic cooperation,").contains("Develop tourism."));
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String sentence = "The U.S. announced a pause in aid on day %d of the talks. ";
        StringBuilder text = new StringBuilder("Heading\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append(sentence.formatted(i));
        }
        String source = text.toString().strip();
        List<PassageSplitter.Cut> cuts = split(new PassageSplitter(300, 100), source);
        assertThat(cuts).hasSizeGreaterThan(5).allSatisfy(c -> {
            String piece = text(source, c);
            assertThat(c.section()).isEqualTo("Heading");
            assertThat(piece).startsWith("The U.S. announced").endsWith("of the talks.");
            assertThat(piece.length()).isLessThanOrEqualTo(300);
        });
    }

    @Test
    void markdownHeadingsAndNumberedListsAreUnderstood() {
        String source = "# Title\n\nIntro paragraph that is long enough to stand alone as a passage of its own, "
                + "well over the minimum size that makes short paragraphs join their neighbours in one passage.\n\n"
                + "## Steps\n\nDo these:\n1. first\n2. second\n\nAfterwards, rest.";
        List<PassageSplitter.Cut> cuts = split(splitter, source);
        assertThat(cuts).extracting(PassageSplitter.Cut::section).containsExactly("Title", "Steps");
        assertThat(text(source, cuts.get(1))).startsWith("Do these:\n1. first\n2. second");
        assertThat(Block.title(source, "fallback")).isEqualTo("Title");
    }
}
