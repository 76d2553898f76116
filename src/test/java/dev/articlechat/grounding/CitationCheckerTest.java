package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Each form a model writes, as it wrote it, what it reads once checked, and the passages it cites. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("passage in brackets", "Signed in June 2024 [Passage 2].", "Signed in June 2024 [2].",
                        List.of(2)),
                Arguments.of("passages listed", "Signed [passage 1, 2].", "Signed [1][2].", List.of(1, 2)),
                Arguments.of("passage named each time", "Signed [Passage 3, Passage 1].", "Signed [3][1].",
                        List.of(3, 1)),
                Arguments.of("source in brackets", "Signed [Source 1].", "Signed [1].", List.of(1)),
                Arguments.of("source in parentheses", "Signed in June 2024 (Source 2).", "Signed in June 2024 [2].",
                        List.of(2)),
                Arguments.of("sources in parentheses", "Signed (Sources 1 and 3).", "Signed [1][3].", List.of(1, 3)),
                Arguments.of("source after a sentence", "Signed in June 2024. Source 2", "Signed in June 2024. [2]",
                        List.of(2)),
                Arguments.of("source ending a clause", "Signed in June 2024, source 2.", "Signed in June 2024, [2].",
                        List.of(2)),
                Arguments.of("source after a dash", "Signed in June 2024 - Source 4.", "Signed in June 2024 - [4].",
                        List.of(4)),
                Arguments.of("source labelling a line", "Source 2: Signed in June 2024.", "[2] Signed in June 2024.",
                        List.of(2)),
                Arguments.of("number in parentheses after a word", "Signed in June 2024 (2).",
                        "Signed in June 2024 [2].", List.of(2)),
                Arguments.of("numbers in parentheses", "Signed (1, 2), then ratified (3).",
                        "Signed [1][2], then ratified [3].", List.of(1, 2, 3)),
                Arguments.of("parentheses side by side", "Signed (1)(2).", "Signed [1][2].", List.of(1, 2)),
                Arguments.of("parentheses after a sentence", "Signed in June 2024. (3)", "Signed in June 2024. [3]",
                        List.of(3)),
                Arguments.of("footnote, its definition dropped",
                        "Signed in June 2024[^2] and ratified[^1].\n\n[^1]: Passage 1.\n[^2]: Passage 2, the treaty.",
                        "Signed in June 2024[2] and ratified[1].", List.of(2, 1)),
                Arguments.of("full-width brackets", "Signed in June 2024【1】.", "Signed in June 2024[1].", List.of(1)),
                Arguments.of("full-width with a source tag", "Signed【1†source】 and ratified【4:0†source】.",
                        "Signed[1] and ratified[4].", List.of(1, 4)),
                Arguments.of("range", "Signed [1-3].", "Signed [1][2][3].", List.of(1, 2, 3)),
                Arguments.of("range with an en dash, among numbers", "Signed [1, 2–4].", "Signed [1][2][3][4].",
                        List.of(1, 2, 3, 4)),
                Arguments.of("passage range", "Signed [Passages 2-3].", "Signed [2][3].", List.of(2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormIsWrittenAsCheckedNumbers(String form, String written, String checkedText, List<Integer> cited) {
        CheckedAnswer checked = checker.check(written, offered);
        assertThat(checked.text()).isEqualTo(checkedText);
        assertThat(checked.citations()).extracting(Citation::n).containsExactlyElementsOf(cited);
        assertThat(checked.removed()).isEmpty();
    }

    @Test
    void aFormNamingAPassageThatWasNotOfferedIsRemovedLikeAnyNumber() {
        CheckedAnswer checked = checker.check("A [Passage 9]. B (Source 7). C【5†source】. D[^6]. E, source 8.", offered);
        assertThat(checked.text()).isEqualTo("A. B. C. D. E,.");
        assertThat(checked.removed()).containsExactly(9, 7, 5, 6, 8);
        assertThat(checked.citations()).isEmpty();
    }

    @Test
    void aRangeIsCitedOnlyWhenAllOfItWasOffered() {
        CheckedAnswer checked = checker.check("Signed [3-6]. Ratified [1][2-5].", offered);
        assertThat(checked.text()).isEqualTo("Signed. Ratified [1].");
        assertThat(checked.removed()).containsExactly(3, 4, 5, 6, 2, 3, 4, 5);
        assertThat(checked.citations()).extracting(Citation::n).containsExactly(1);
    }

    @Test
    void aMarkerThatNamesNoNumberIsRemoved() {
        CheckedAnswer checked = checker.check(
                "Signed [^note]. Ratified【source】. Both [Source: the article].", offered);
        assertThat(checked.text()).isEqualTo("Signed. Ratified. Both.");
        assertThat(checked.citations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(1) The troops leave.\n(2) The bridge opens.",
            "  (1) indented numbering",
            "Two conditions: (1) the troops leave, (2) the bridge opens.",
            "Two conditions (1) the troops leave and (2) the bridge opens.",
            "The treaty (1992) was renewed.",
            "It is older (see 1).",
            "Kim Ju Ae (12), his daughter, attended.",
            "It runs version 2.",
            "It runs version 2 of the plan.",
            "Water flows from source 2 of the river.",
            "The water comes from source 2.",
            "The 2 sources agree, as passage 3 of the treaty says.",
            "[The report](https://example.org/source) says so [sic].",
            "They met (3 times) in 2024 [a].",
            "Putin and Kim after signing (Source: Kremlin Photo).",
            "A ratio of 1:2 and a score (2-1 after extra time) stay."
    })
    void textThatOnlyResemblesACitationIsLeftAlone(String text) {
        CheckedAnswer checked = checker.check(text, offered);
        assertThat(checked.text()).isEqualTo(text);
        assertThat(checked.citations()).isEmpty();
        assertThat(checked.removed()).isEmpty();
    }
}
