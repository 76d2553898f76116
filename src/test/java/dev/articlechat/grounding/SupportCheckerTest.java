package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SupportCheckerTest {

    private static final String TROOPS = "Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk "
            + "region. About 4 000 of them were killed or injured.";
    private static final String TREATY = "In June 2024, Russia and North Korea signed the Comprehensive Strategic "
            + "Partnership Treaty. It includes a mutual defense clause.";
    private static final String TRADE = "On the economic side, Russia canceled 90% of North Korea’s cold war debt in "
            + "2012. It went from $3,8 million in 2022 to $52,9 million in 2025.";
    private static final Map<Integer, String> PASSAGES = Map.of(1, TREATY, 2, TROOPS, 3, TRADE);

    private final SupportChecker checker = new SupportChecker(0.5);

    private List<SentenceSupport> check(String answer) {
        return checker.check(answer, PASSAGES);
    }

    private static List<String> sentences(String answer, List<SentenceSupport> support) {
        return support.stream().map(s -> answer.substring(s.start(), s.end())).toList();
    }

    @Test
    void aSentenceItsPassageSaysIsSupported() {
        String answer = "According to the article, \"Later that year, North Korea sent over 11 000 soldiers to fight in "
                + "the Kursk region.\" [2]";
        assertThat(check(answer)).containsExactly(new SentenceSupport(0, answer.length(), List.of(2), true, null));
    }

    @Test
    void aWrongNumberIsNamed() {
        assertThat(check("About 4 500 of them were killed or injured [2]."))
                .singleElement().satisfies(s -> {
                    assertThat(s.supported()).isFalse();
                    assertThat(s.reason()).isEqualTo("“4 500” is not in passage [2]");
                });
    }

    @Test
    void numbersAreComparedWithoutTheirSeparators() {
        assertThat(check("North Korea sent over 11,000 soldiers to Kursk [2]. Trade reached $52.9 million in 2025, "
                + "after Russia canceled 90 percent of the debt [3].")).allMatch(SentenceSupport::supported);
    }

    @Test
    void aWrongNameIsNamed() {
        assertThat(check("In June 2024, China and North Korea signed the treaty [1].")).singleElement()
                .extracting(SentenceSupport::reason).isEqualTo("“China” is not in passage [1]");
    }

    @Test
    void namesMatchWithoutCaseAPossessiveOrAPluralEnding() {
        assertThat(check("The treaty binds North Korea’s and Russia's leaders, as the Koreans signed it in June 2024 "
                + "[1].")).allMatch(SentenceSupport::supported);
    }

    @Test
    void anAcronymCountsAsANameEvenAtTheStartAndAPronounDoesNot() {
        Map<Integer, String> pause = Map.of(1, "The U.S. announced a pause in military aid.");
        assertThat(checker.check("The U.S. announced a pause in aid [1]. I see a pause in aid [1].", pause))
                .allMatch(SentenceSupport::supported);
        assertThat(checker.check("NATO announced a pause in military aid [1].", pause)).singleElement()
                .extracting(SentenceSupport::reason).isEqualTo("“NATO” is not in passage [1]");
    }

    @Test
    void aSentenceWithFewOfItsPassagesWordsIsUnsupported() {
        assertThat(check("The treaty was celebrated with fireworks, parades and concerts everywhere [1].")).singleElement()
                .extracting(SentenceSupport::reason).isEqualTo("few of its words are in passage [1]");
    }

    @Test
    void wordsOfTheLongerStopListAreNotWordsAPassageMustHold() {
        // with Lucene's short default list, 3 of its 9 words would be held: between, up, again, further, than count
        assertThat(check("Between 2022 and 2025 it went up again from $3,8 million to $52,9 million, further than "
                + "ever [3].")).singleElement().extracting(SentenceSupport::supported).isEqualTo(true);
    }

    @Test
    void aClaimWithoutACitationIsFlagged() {
        String answer = "North Korea sent soldiers to Kursk [2]. About 4 000 of them were killed or injured.";
        List<SentenceSupport> support = check(answer);
        assertThat(sentences(answer, support))
                .containsExactly("North Korea sent soldiers to Kursk [2].", "About 4 000 of them were killed or injured.");
        assertThat(support.get(1)).isEqualTo(new SentenceSupport(40, answer.length(), List.of(), false, "no citation"));
    }

    @Test
    void anUncitedSentenceThatRestatesACitedPassageIsAClaimButSmallTalkAndALeadInAreNot() {
        // a lead-in is what a stopped answer may end with
        String answer = "The treaty includes a mutual defense clause. I hope this helps the treaty question. "
                + "Russia signed it [1]. The treaty includes a mutual defense clause:";
        List<SentenceSupport> support = checker.check(answer, PASSAGES);
        assertThat(support).extracting(SentenceSupport::reason).containsExactly("no citation", null, null, null);
    }

    @Test
    void sayingThatTheArticleDoesNotSayOrAskingBackNeedsNoCitation() {
        String answer = "The article does not say how many North Korean soldiers died in Kursk. "
                + "Would you like to know what Russia gave in exchange?";
        assertThat(check(answer)).hasSize(2).allMatch(s -> s.supported() && s.cites().isEmpty());
    }

    @Test
    void theSourceWordsFileDecidesWhatCountsAsTalkAboutTheSources() {
        String answer = "The article does not say how many North Korean soldiers died in Kursk.";
        SupportChecker withoutWords = new SupportChecker(0.5, SourceTalk.parse(""));
        assertThat(withoutWords.check(answer, PASSAGES)).singleElement()
                .extracting(SentenceSupport::reason).isEqualTo("no citation");
        // and its words are not among those a passage must hold
        String attributed = "The article reports, according to the passage, that the treaty mentions a defense clause [1].";
        assertThat(withoutWords.check(attributed, PASSAGES)).singleElement()
                .extracting(SentenceSupport::reason).isEqualTo("few of its words are in passage [1]");
        assertThat(checker.check(attributed, PASSAGES)).singleElement().extracting(SentenceSupport::supported)
                .isEqualTo(true);
    }

    @Test
    void markdownDoesNotBreakTheCheckAndOffsetsStayInTheAnswer() {
        String answer = "**In June 2024**, Russia and North Korea signed the `Comprehensive Strategic Partnership "
                + "Treaty` [1].\n\nNorth Korea sent:\n- over *11 000* soldiers [2]\n- to the [Kursk region](https://"
                + "example.org/kursk) [2]\n\n## Debt\n1. Russia canceled **90%** of the debt in 2012 [3].";
        List<SentenceSupport> support = check(answer);
        assertThat(support).allMatch(SentenceSupport::supported, "supported");
        assertThat(sentences(answer, support)).containsExactly(
                "**In June 2024**, Russia and North Korea signed the `Comprehensive Strategic Partnership Treaty` [1].",
                "North Korea sent:\n- over *11 000* soldiers [2]\n- to the [Kursk region](https://example.org/kursk) [2]",
                "## Debt\n1. Russia canceled **90%** of the debt in 2012 [3].");
        assertThat(support).extracting(SentenceSupport::cites).containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void citationsTogetherSupportASentenceThatNeitherSupportsAlone() {
        String answer = "In June 2024 Russia and North Korea signed the treaty, and later that year North Korea sent "
                + "11 000 soldiers to Kursk [1][2].";
        assertThat(check(answer)).singleElement().satisfies(s -> {
            assertThat(s.cites()).containsExactly(1, 2);
            assertThat(s.supported()).isTrue();
        });
        assertThat(checker.gap(answer, Map.of(1, TREATY))).hasValue("“11 000”, “Kursk” are not in passage [1]");
        assertThat(checker.gap(answer, Map.of(2, TROOPS))).hasValue("“2024”, “June”, “Russia” are not in passage [2]");
    }

    @Test
    void markersAfterAClosingQuoteBelongToTheSentenceTheyFollow() {
        String answer = "“Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk region.” [2] "
                + "“In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.” [1]"
                + " It said \"About 4 000 of them were killed. Or injured.\" [2]";
        List<SentenceSupport> support = check(answer);
        assertThat(sentences(answer, support)).containsExactly(
                "“Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk region.” [2]",
                "“In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.” [1]",
                "It said \"About 4 000 of them were killed. Or injured.\" [2]");
        assertThat(support).extracting(SentenceSupport::cites).containsExactly(List.of(2), List.of(1), List.of(2));
        assertThat(support).allMatch(SentenceSupport::supported);
    }

    @Test
    void markersBeforeANewStartEndASentenceWithoutEndPunctuation() {
        String answer = "“Leaders met in Pyongyang (Source: Kremlin Photo)” [1] “About 4 000 of them were killed or "
                + "injured.” [2] North Korea sent soldiers [2] and signed a treaty [1].";
        List<SentenceSupport> support = checker.check(answer, Map.of(1, "Leaders met in Pyongyang (Source: Kremlin "
                + "Photo). North Korea signed a treaty.", 2, TROOPS));
        assertThat(sentences(answer, support)).containsExactly("“Leaders met in Pyongyang (Source: Kremlin Photo)” [1]",
                "“About 4 000 of them were killed or injured.” [2]",
                "North Korea sent soldiers [2] and signed a treaty [1].");
        assertThat(support).allMatch(SentenceSupport::supported);
    }

    @Test
    void aSentenceBeforeAListKeepsItsPeriodAndAnItemIsASentenceWithoutItsBullet() {
        String answer = "They signed it in *June 2024* [1].\n\n- North Korea sent `11 000` soldiers [2]";
        assertThat(sentences(answer, check(answer)))
                .containsExactly("They signed it in *June 2024* [1].", "North Korea sent `11 000` soldiers [2]");
    }

    @Test
    void everySentenceIsListedWithExactOffsets() {
        String answer = "  Russia canceled 90% of the debt in 2012 [3]. That was a lot! Is that all? Trade grew [3].";
        List<SentenceSupport> support = check(answer);
        assertThat(sentences(answer, support)).containsExactly("Russia canceled 90% of the debt in 2012 [3].",
                "That was a lot!", "Is that all?", "Trade grew [3].");
        assertThat(support.get(0).start()).isEqualTo(2);
        assertThat(check("")).isEmpty();
    }
}
