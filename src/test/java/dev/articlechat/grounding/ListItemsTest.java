package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.articlechat.grounding.ExtractiveAnswerer.Quoted;
import dev.articlechat.ingest.TextSpan;

/** Which lines a quoted sentence introduces, and how each is quoted. */
class ListItemsTest {

    private static final String PASSAGE = "Percentages\n\nWe use the percent sign in these cases:\n\n"
            + "Tables. For example: 60% of them.\nHeadings and subheadings. For example: 7% lead.\nInterface labels\n\n"
            + "We choose the sign for scannability.";

    @Test
    void theItemsUpToTheBlankLineAreQuotedEachByItsFirstSentence() {
        int intro = PASSAGE.indexOf("We use");
        // the sentence rules join the first item to the introduction: it is quoted already
        TextSpan joined = new TextSpan(intro, PASSAGE.indexOf(" For example: 60%"));
        assertThat(texts(ListItems.introducedBy(2, PASSAGE, joined)))
                .containsExactly("Headings and subheadings.", "Interface labels");
        assertThat(ListItems.introducedBy(2, PASSAGE, joined)).allSatisfy(item -> {
            assertThat(item.n()).isEqualTo(2);
            assertThat(PASSAGE.substring(item.span().start(), item.span().end())).isEqualTo(item.text());
        });
        TextSpan alone = new TextSpan(intro, PASSAGE.indexOf(":") + 1);
        assertThat(texts(ListItems.introducedBy(2, PASSAGE, alone)))
                .containsExactly("Tables.", "Headings and subheadings.", "Interface labels");
    }

    @Test
    void aColonInsideItsLineIntroducesNothing() {
        int example = PASSAGE.indexOf("For example: 60%");
        assertThat(ListItems.introducedBy(1, PASSAGE, new TextSpan(example, PASSAGE.indexOf('\n', example))))
                .isEmpty();
        int last = PASSAGE.indexOf("We choose");
        assertThat(ListItems.introducedBy(1, PASSAGE, new TextSpan(last, PASSAGE.length()))).isEmpty();
    }

    @Test
    void aNoBreakSpaceBeforeTheLineEndStillEndsTheIntroduction() {
        String pasted = "It supplied:\u00a0\nShells,\nRockets.";
        assertThat(texts(ListItems.introducedBy(1, pasted, new TextSpan(0, pasted.indexOf(':') + 1))))
                .containsExactly("Shells,", "Rockets.");
    }

    @Test
    void aLongListIsQuotedInPart() {
        String items = String.join("\n", IntStream.rangeClosed(1, 12).mapToObj(i -> "Item " + i + ".").toList());
        String passage = "The steps:\n" + items;
        assertThat(ListItems.introducedBy(1, passage, new TextSpan(0, 10))).hasSize(8);
    }

    private static List<String> texts(List<Quoted> quotes) {
        return quotes.stream().map(Quoted::text).toList();
    }
}
