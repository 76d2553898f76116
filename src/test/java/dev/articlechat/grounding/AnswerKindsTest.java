package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.articlechat.retrieval.LanguageData;

/** Whether a sentence gives a value of the kind a question asks for, that the question does not hold. */
class AnswerKindsTest {

    private final LanguageData english = new LanguageData("en");

    /**
     * A numbered step's heading was quoted for "how long": its "7." took the bonus for holding a number, over the
     * sentence with "10-14 days". A decimal at the start of a sentence is still a value.
     */
    @Test
    void aNumberLabellingItsSentenceIsNotAValue() {
        AnswerKinds howLong = new AnswerKinds(english, "After a counter notice, how long does the owner have to sue?");
        assertThat(howLong.holdsNew("7. User May Send A Counter Notice.")).isFalse();
        assertThat(howLong.holdsNew("(2) Run the installer again.")).isFalse();
        assertThat(howLong.holdsNew("If the owner does not give notice within 10-14 days, the content is restored."))
                .isTrue();
        assertThat(new AnswerKinds(english, "How much memory does it need?").holdsNew("3.5 GB is enough.")).isTrue();
    }

    @Test
    void aValueTheQuestionHoldsIsNotAnAnswer() {
        AnswerKinds kinds = new AnswerKinds(english, "In what month of 2024 was the treaty signed?");
        assertThat(kinds.holdsNew("In 2024 the treaty was signed.")).isFalse();
        assertThat(kinds.holdsNew("It was signed in June 2024.")).isTrue();
    }

    /** "How much does it cost?" is answered by an amount with its currency, not by the size of what costs it. */
    @Test
    void aCostIsAnsweredByAnAmountOfMoney() {
        AnswerKinds cost = new AnswerKinds(english, "How much does the new bridge cost?");
        assertThat(cost.needed()).containsExactly("money");
        assertThat(cost.holdsNew("The bridge will cost $2.7 million.")).isTrue();
        assertThat(cost.holdsNew("It will cost 9 billion rubles.")).isTrue();
        assertThat(cost.holdsNew("The bridge will be 1 km long and open in 2026.")).isFalse();
    }

    /** "How many days?" is answered by a number of days or weeks, not by a number of something else. */
    @Test
    void aNumberOfDaysIsAnsweredByALengthOfTime() {
        AnswerKinds days = new AnswerKinds(english, "How many days does the owner have to sue after a counter notice?");
        assertThat(days.needed()).containsExactly("duration");
        assertThat(days.holdsNew("If the owner does not give notice within 10-14 days, the content is restored."))
                .isTrue();
        assertThat(days.holdsNew("The owner has two weeks.")).isTrue();
        assertThat(days.holdsNew("GitHub received 2 000 notices.")).isFalse();
    }

    /**
     * "How long does it take?" asks for a length of time; a bare "how long" may ask for a length or a condition, and
     * only prefers a number.
     */
    @Test
    void howLongSomethingTakesIsALengthOfTime() {
        AnswerKinds takes = new AnswerKinds(english, "How long does GitHub usually take to answer a request?");
        assertThat(takes.needed()).containsExactly("duration");
        assertThat(takes.holdsNew("duration", "We reply within 5 business days, or 2 weeks at most.")).isTrue();
        assertThat(takes.holdsNew("duration", "We review 300 requests a year.")).isFalse();
        assertThat(new AnswerKinds(english, "How long is the new bridge?").needed()).isEmpty();
        assertThat(new AnswerKinds(english, "How long do you keep my personal data?").needed()).isEmpty();
    }
}
