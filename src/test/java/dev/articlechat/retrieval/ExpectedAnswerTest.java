package dev.articlechat.retrieval;

import static dev.articlechat.retrieval.ExpectedAnswer.AGE;
import static dev.articlechat.retrieval.ExpectedAnswer.DATE;
import static dev.articlechat.retrieval.ExpectedAnswer.DURATION;
import static dev.articlechat.retrieval.ExpectedAnswer.QUANTITY;
import static dev.articlechat.retrieval.ExpectedAnswer.RESPONSE;
import static dev.articlechat.retrieval.ExpectedAnswer.STATEMENT;
import static dev.articlechat.retrieval.ExpectedAnswer.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExpectedAnswerTest {

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("How old is Kim Jong Un?", Set.of(AGE)),
                Arguments.of("In what year did the Soviet Union collapse?", Set.of(YEAR)),
                Arguments.of("When will the bridge open?", Set.of(DATE)),
                Arguments.of("How long is the bridge?", Set.of(DURATION)),
                Arguments.of("How many soldiers were sent?", Set.of(QUANTITY)),
                Arguments.of("What share of the ammunition comes from North Korea?", Set.of(QUANTITY)),
                Arguments.of("In which year was the debt cancelled, and how much was it?", Set.of(YEAR, QUANTITY)),
                Arguments.of("What did China say about the treaty?", Set.of(STATEMENT)),
                Arguments.of("How did Beijing react to the treaty?", Set.of(STATEMENT)),
                Arguments.of("What sanctions did South Korea impose in response to the deployment?", Set.of(RESPONSE)),
                Arguments.of("Why did Pyongyang send workers?", Set.of()),
                Arguments.of("What happened when the Soviet Union collapsed?", Set.of()),
                Arguments.of("Which materials did North Korea supply?", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void theWordingOfAQuestionSaysWhatKindOfAnswerItWants(String question, Set<ExpectedAnswer> kinds) {
        assertThat(ExpectedAnswer.of(question)).isEqualTo(kinds);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What did China say about the treaty?|China",
            "What sanctions did South Korea impose in response?|South Korea",
            "What did the U.S. announce about military aid?|the U.S.",
            "How did Beijing officially react?|Beijing"})
    void theOneAQuestionAsksAboutIsTheNameAfterItsAuxiliary(String question, String actor) {
        assertThat(ExpectedAnswer.actor(question)).contains(actor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AGE|He was born in 1984.|true",
            "AGE|Kim Jong Un, 41 years old, met Putin.|true",
            "AGE|Kim Jong Un met Putin in Pyongyang.|false",
            "YEAR|They grew stronger after 2008.|true",
            "YEAR|North Korea sent over 11 000 soldiers.|false",
            "DATE|In June 2024, they signed the treaty.|true",
            "DATE|But when the Soviet Union collapsed, the relationship weakened.|true",
            "DATE|Russia is also building a rail bridge over the Tumen River.|false",
            "DURATION|China has been its partner for a long time.|true",
            "DURATION|This $111 million project aims at trade.|false",
            "QUANTITY|North Korean supplies make up over half of Russian artillery ammo.|true",
            "QUANTITY|That was about $10 billion.|true",
            "QUANTITY|North Korean workers helped in many areas.|false",
            "STATEMENT|The U.S. announced a pause in military aid.|true",
            "STATEMENT|Their upgrade worries South Korea.|true",
            "STATEMENT|China has been its main partner and protector.|false",
            "RESPONSE|Seoul imposed new sanctions.|true",
            "RESPONSE|This upgrade worries South Korea.|false"})
    void aSentenceGivesAnAnswerOfAKindOrNot(ExpectedAnswer kind, String sentence, boolean given) {
        assertThat(kind.givenIn(sentence)).isEqualTo(given);
    }
}
