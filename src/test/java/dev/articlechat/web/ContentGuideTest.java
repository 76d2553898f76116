package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static dev.articlechat.web.RestAsk.ask;
import static dev.articlechat.web.RestAsk.askAfter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.ContentGuideProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A corpus of another kind (a writing guide, pages opening with Jekyll front matter), with no model. */
@QuarkusTest
@TestProfile(ContentGuideProfile.class)
class ContentGuideTest {

    /**
     * One distinctive word of the guide ("capital", of capitalisation) beside one it lacks ("Peru") is not most of a
     * question's words, so they do not make it about the guide (TopicGate); it was on topic by them before, and answered
     * with quotes on capital letters.
     */
    @Test
    void oneWordOfTheGuideBesideOneItLacksDoesNotMakeAQuestionAboutIt() {
        assertThat(given().queryParam("query", "What is the capital of Peru?").when().get("/api/passages").then()
                .statusCode(200).extract().jsonPath().getList("passages")).isEmpty();
    }

    /**
     * "ever" is not a word of the guide, but "never" is close to it in meaning: it counts neither way, and the one
     * distinctive word left ("leverage", which the guide lists among words to avoid) makes the question about the
     * guide. It was kept from the model before, as off-topic. "Australia" counts neither way either (its closest words
     * in the guide are "UK" and "US"), which leaves "capital" most of the question; it stays off-topic because its
     * closest sentence answers it no better than generic questions' closest sentences answer them.
     */
    @Test
    void aWordTheGuideSaysInOtherWordsDoesNotMakeAQuestionOffTopic() {
        assertThat(given().queryParam("query", "can i ever say leverage?").when().get("/api/passages").then()
                .statusCode(200).extract().jsonPath().getList("passages")).isNotEmpty();
        assertThat(given().queryParam("query", "What is the capital of Australia?").when().get("/api/passages").then()
                .statusCode(200).extract().jsonPath().getList("passages")).isEmpty();
    }

    /**
     * "Why" asks for a reason, and the sentence that matches best (the rule, "Avoid using citizen as a generic
     * term…") gives none: the reason follows it in its paragraph ("Many government programs serve non-citizens…"),
     * and is quoted with it. Before, the rule was quoted alone.
     */
    @Test
    void whenTheBestSentenceLacksTheKindAskedForTheNextOneInItsParagraphIsQuotedToo() {
        JsonPath answer = ask("Why shouldn't our pages call everyone in the US citizens?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("Avoid using citizen", "serve non-citizens");
    }

    @Test
    void frontMatterIsNotPartOfAnyPassage() {
        List<String> plain = given().when().get("/api/article").then().statusCode(200).extract().jsonPath()
                .getList("passages.plain");
        assertThat(plain).isNotEmpty().noneMatch(p -> p.contains("permalink:") || p.contains("sidenav:"));
    }

    /**
     * A reader's own words for most of what they ask ("specialist terminology", "engineers") do not make a question
     * unanswerable when one of its words ("readers") is in the passages: it is answered from them.
     */
    @Test
    void aQuestionInTheReadersOwnWordsIsAnsweredWhenOneOfItsWordsIsInThePassages() {
        JsonPath answer = ask("Can I use specialist terminology if my readers are engineers?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getList("citations")).isNotEmpty();
    }

    /**
     * "how old" inside the clause describes what is asked about; the question asks when, and the guide's sentence on
     * mentioning age answers it without a number. It was refused as lacking "a number" before.
     */
    @Test
    void aKindPhraseInsideAClauseDoesNotMakeTheQuestionNeedANumber() {
        JsonPath answer = ask("When is it ok to mention how old someone is?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).containsIgnoringCase("age");
    }

    /**
     * A bare number may be an example of what is asked: the guide holds no "8", and says how to write the numbers one
     * through nine. It was refused for lacking "8" before; a year or a number with its unit ("in 2023", "a 70B
     * model") must still be in the passages ({@code AnswerabilityTest}).
     */
    @Test
    void aBareNumberGivenAsAnExampleNeedNotBeInThePassages() {
        JsonPath answer = ask("In body copy, do I write 8 or eight?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("one through nine");
    }

    /**
     * "A single space" answers "how many" (language/en/answer-kinds.txt lists "single" as a number); the guide's
     * other number there, "two", the question already holds. It was refused for lacking "a number" before.
     */
    @Test
    void aSingleIsANumberThatAnswersHowMany() {
        JsonPath answer = ask("How many spaces go after a period between two sentences?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("separated by a single space");
    }

    /**
     * The sentence that answers introduces a list ("We use the percent sign (%) in these circumstances:"), and the
     * list is the answer: its items are quoted too, each by its first sentence. Before, the answer stopped at the
     * first item, which the sentence rules join to the introduction.
     */
    @Test
    void aSentenceThatIntroducesAListIsQuotedWithTheList() {
        JsonPath answer = ask("In which cases can the percent sign be used?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("in these circumstances", "Headings and subheadings.",
                "Interface labels", "Captions and infographics").doesNotContain("Candidate Woof");
    }

    /**
     * A follow-up without a model is read with the previous question's words, but only its own numbers must be in
     * the passages: "18F" of the first question is not what the second asks about.
     */
    @Test
    void aFollowUpNeedsOnlyItsOwnNumbersInThePassages() {
        JsonPath followUp = askAfter(ask("How would you describe 18F's voice?"),
                "And how is tone different from that?");
        assertThat(followUp.getString("source")).isEqualTo("extractive");
    }
}
