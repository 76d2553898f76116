package dev.articlechat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.TestPassages;
import dev.articlechat.ingest.PlainText;
import dev.articlechat.retrieval.ScoredPassage;

class CitationCheckerTest {

    private final CitationChecker checker = new CitationChecker();
    private final List<ScoredPassage> offered = IntStream.rangeClosed(1, 4)
            .mapToObj(i -> new ScoredPassage(TestPassages.text("p0" + i, "doc.txt", "S", "text " + i, i * 10),
                    1.0 - i / 10.0))
            .toList();

    @Test
    void aNumberThatWasNotOfferedIsRemoved() {
        CheckedAnswer checked = checker.check("Signed in June 2024 [2]. Also true [9].", offered);
        assertThat(checked.text()).isEqualTo("Signed in June 2024 [2]. Also true.");
        assertThat(checked.removed()).containsExactly(9);
        assertThat(checked.citations()).extracting(Citation::n, Citation::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "p02"));
    }

    @Test
    void citationsAreListedOnceInOrderOfFirstUse() {
        CheckedAnswer checked = checker.check("A [3]. B [1, 3]. C [0][1].", offered);
        assertThat(checked.text()).isEqualTo("A [3]. B [1][3]. C [1].");
        assertThat(checked.citations()).extracting(Citation::n).containsExactly(3, 1);
        assertThat(checked.removed()).containsExactly(0);
    }

    @Test
    void citationsCarryThePassageAndItsScore() {
        Citation c = checker.check("X [4]", offered).citations().get(0);
        assertThat(c).isEqualTo(new Citation(4, "p04", "doc.txt", "S", List.of("S"), "text 4",
                PlainText.verbatim("text 4", 40), 40, 46, 0.6, List.of()));
    }

    @Test
    void aQuotedSpanIsReportedWithItsOffsetsInTheDocument() {
        String text = "Russia is also building a rail bridge\nover the Tumen River, North Korea’s border.";
        var passage = new ScoredPassage(TestPassages.text("p09", "doc.txt", "S", text, 1000), 0.8);
        CheckedAnswer checked = checker.check(
                "It is \"a rail bridge over the Tumen River\" [1], near \"North Korea's border\" [1]. \"Not in it at all\" [1]",
                List.of(passage));
        assertThat(checked.citations()).singleElement().satisfies(c -> assertThat(c.quotes()).containsExactly(
                new Quote("a rail bridge over the Tumen River", 1024, 1058),
                new Quote("North Korea's border", 1060, 1080)));
        Quote first = checked.citations().get(0).quotes().get(0);
        assertThat(text.substring(first.start() - 1000, first.end() - 1000)).isEqualToNormalizingWhitespace(first.text());
    }

    @Test
    void aQuoteGoesOnlyToACitedPassage() {
        CheckedAnswer checked = checker.check("\"text 1 and more\" and \"text 2\" [2]", offered);
        assertThat(checked.citations()).singleElement().satisfies(c -> assertThat(c.quotes()).isEmpty());
    }

    @Test
    void textWithoutMarkersIsLeftAlone() {
        CheckedAnswer checked = checker.check("The article does not say. [link](x) [a]", offered);
        assertThat(checked.text()).isEqualTo("The article does not say. [link](x) [a]");
        assertThat(checked.citations()).isEmpty();
    }
}
