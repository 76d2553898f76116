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

    /**
     * language/en/answer-kinds.txt: "how many" needs a number, "when" only likely wants a date and "why" a reason;
     * none elsewhere.
     */
    @Test
    void theKindOfAnswerAskedForIsReadFromTheLanguageFile() {
        assertThat(english.kinds().asked("How many soldiers were sent?"))
                .containsExactly(new AnswerKindLexicon.Kind("number", true));
        assertThat(english.kinds().asked("In which year was the debt cancelled, and how much was it?"))
                .containsExactlyInAnyOrder(new AnswerKindLexicon.Kind("number", true),
                        new AnswerKindLexicon.Kind("date", true));
        assertThat(english.kinds().asked("When was the treaty signed?"))
                .containsExactly(new AnswerKindLexicon.Kind("date", false));
        assertThat(english.kinds().asked("Why did ties grow stronger?"))
                .containsExactly(new AnswerKindLexicon.Kind("reason", false));
        assertThat(english.kinds().asked("What did the treaty change?")).isEmpty();
        assertThat(english.kinds().asked("Tell me how many soldiers were sent"))
                .containsExactly(new AnswerKindLexicon.Kind("number", true));
        assertThat(unknown.kinds().asked("How many soldiers were sent?")).isEmpty();
    }

    /**
     * Inside a clause, "how many" describes what is asked about; the question asks for a setting, or a time, and a
     * passage that names it without a number answers it. Both were refused without a model before this rule.
     */
    @Test
    void aKindPhraseInsideAClauseOnlyLikelyWantsItsKind() {
        assertThat(english.kinds().asked("Which setting controls how many requests can wait in the queue?"))
                .containsExactly(new AnswerKindLexicon.Kind("number", false));
        assertThat(english.kinds().asked("When is it ok to mention how old someone is?"))
                .containsExactlyInAnyOrder(new AnswerKindLexicon.Kind("date", false),
                        new AnswerKindLexicon.Kind("number", false));
        assertThat(english.kinds().asked("According to Ukraine, how many soldiers could be sent?"))
                .containsExactly(new AnswerKindLexicon.Kind("number", true));
        assertThat(english.kinds().asked("Roughly how many casualties were there?"))
                .containsExactly(new AnswerKindLexicon.Kind("number", true));
    }

    /**
     * "How much does it cost?" needs an amount of money, not any number: the longer phrase ("how much * cost", its
     * words apart) says the kind where two open at one place. "How much memory?" still needs a number.
     */
    @Test
    void theLongerOfTwoPhrasesOpeningAtOnePlaceSaysTheKind() {
        assertThat(english.kinds().asked("How much does the new bridge cost?"))
                .containsExactly(new AnswerKindLexicon.Kind("money", true));
        assertThat(english.kinds().asked("how much are the workers paid per month"))
                .containsExactly(new AnswerKindLexicon.Kind("money", true));
        assertThat(english.kinds().asked("How much is Russia paying each soldier?"))
                .containsExactly(new AnswerKindLexicon.Kind("money", true));
        // "cost" many words on is what the question is about, not what it asks
        assertThat(english.kinds().asked("what do I need to include when I claim back the cost of a gift?"))
                .extracting(AnswerKindLexicon.Kind::name).doesNotContain("money");
        assertThat(english.kinds().asked("How much memory does a 7B model need?"))
                .containsExactly(new AnswerKindLexicon.Kind("number", true));
        assertThat(english.kinds().asked("Which plan says how much it will cost?"))
                .containsExactly(new AnswerKindLexicon.Kind("money", false));
        assertThat(unknown.kinds().asked("How much does the new bridge cost?")).isEmpty();
        assertThat(english.kinds().asked("How many days does GitHub take to act on a report?"))
                .containsExactly(new AnswerKindLexicon.Kind("duration", true));
    }

    @Test
    void theClausesNeedingAKindAreThoseWhereItsPhraseOpens() {
        assertThat(english.kinds().clausesNeeding(
                "My app gets a 503. What does that mean, and how many requests will the server line up by default?"))
                .containsExactly("and how many requests will the server line up by default");
        // inside a clause the phrase describes what is asked, and needs nothing
        assertThat(english.kinds().clausesNeeding("Which setting controls how many requests can wait?")).isEmpty();
        assertThat(unknown.kinds().clausesNeeding("What does that mean, and how many requests wait?")).isEmpty();
    }

    @Test
    void valuesOfAKindAreDigitsYearsOrListedWords() {
        assertThat(english.kinds().isValue("number", "11000")).isTrue();
        assertThat(english.kinds().isValue("number", "thousands")).isTrue();
        assertThat(english.kinds().isValue("number", "often")).isFalse();
        assertThat(english.kinds().isValue("number", "single")).isTrue();
        assertThat(english.kinds().isValue("date", "2024")).isTrue();
        assertThat(english.kinds().isValue("date", "june")).isTrue();
        assertThat(english.kinds().isValue("date", "11000")).isFalse();
        // a causal connective gives a reason: "due to limitations in ROCm" answers "why only one model?"
        assertThat(english.kinds().isValue("reason", "because")).isTrue();
        assertThat(english.kinds().isValue("reason", "due")).isTrue();
        assertThat(english.kinds().isValue("reason", "limitations")).isFalse();
        // a year is a date, not a count: "after 2008" does not say how many times they met
        assertThat(english.kinds().isValue("number", "2008")).isFalse();
        assertThat(english.kinds().isValue("number", "20080")).isTrue();
        assertThat(unknown.kinds().isValue("number", "11000")).isFalse();
        // an amount of money has its currency: "$" or "rubles", not a bare number
        assertThat(english.kinds().isValue("money", "$")).isTrue();
        assertThat(english.kinds().isValue("money", "€")).isTrue();
        assertThat(english.kinds().isValue("money", "rubles")).isTrue();
        assertThat(english.kinds().isValue("money", "27")).isFalse();
        assertThat(unknown.kinds().isValue("money", "$")).isFalse();
        // a length of time is a number before its unit: "14 days", "two weeks"; not "14" before "files"
        assertThat(english.kinds().isValue("duration", "14", "days")).isTrue();
        assertThat(english.kinds().isValue("duration", "two", "weeks")).isTrue();
        assertThat(english.kinds().isValue("duration", "14", "files")).isFalse();
        assertThat(english.kinds().isValue("duration", "days", "ago")).isFalse();
        assertThat(unknown.kinds().isValue("duration", "14", "days")).isFalse();
        assertThat(english.kinds().label("number")).isEqualTo("a number");
    }

    @Test
    void aNumberWithAnEndingOfTheLanguageIsAWordNotANumberWithItsUnit() {
        assertThat(english.isNumberWord("90s")).isTrue();
        assertThat(english.isNumberWord("1990s")).isTrue();
        assertThat(english.isNumberWord("2nd")).isTrue();
        assertThat(english.isNumberWord("70b")).isFalse();
        assertThat(english.isNumberWord("8gb")).isFalse();
        assertThat(english.isNumberWord("2023")).isFalse();
        assertThat(english.isNumberWord("s")).isFalse();
        assertThat(unknown.isNumberWord("90s")).isFalse();
    }

    @Test
    void genericQuestionsShipForEnglish() {
        assertThat(english.genericQuestions()).hasSizeGreaterThan(100).noneMatch(q -> q.startsWith("#"));
        assertThat(unknown.genericQuestions()).isEmpty();
    }
}
