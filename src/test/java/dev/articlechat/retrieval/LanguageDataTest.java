package dev.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The English lists change what is read as asking, refusing or wanting a number; another language has none. */
class LanguageDataTest {

    private final LanguageData english = new LanguageData("en");
    private final LanguageData unknown = new LanguageData("xx");

    @Test
    void wordsOfAskingAreKnownInEnglishOnly() {
        assertThat(Terms.of("tell me how many")).allMatch(english::asks).noneMatch(unknown::asks);
        assertThat(english.asks(Terms.of("treaty").get(0))).isFalse();
    }

    @Test
    void refusalsAreRecognisedAsModelsWordThem() {
        assertThat(english.isRefusal("The documents do not say.")).isTrue();
        assertThat(english.isRefusal("  The passages don’t say when it opens [1].")).isTrue();
        assertThat(english.isRefusal("I don't know.")).isTrue();
        assertThat(english.isRefusal("The documents say it opens in 2026 [1].")).isFalse();
        assertThat(unknown.isRefusal("The documents do not say.")).isFalse();
    }

    @Test
    void aQuestionAskingForANumberIsRecognised() {
        assertThat(english.asksForNumber("How much will it cost?")).isTrue();
        assertThat(english.asksForNumber("When was the treaty signed?")).isTrue();
        assertThat(english.asksForNumber("Why did ties grow stronger?")).isFalse();
        assertThat(unknown.asksForNumber("How much will it cost?")).isFalse();
    }

    @Test
    void genericQuestionsShipForEnglish() {
        assertThat(english.genericQuestions()).hasSizeGreaterThan(100).noneMatch(q -> q.startsWith("#"));
        assertThat(unknown.genericQuestions()).isEmpty();
    }
}
