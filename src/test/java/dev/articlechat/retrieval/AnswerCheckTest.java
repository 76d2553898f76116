package dev.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Over the real article: what it gives no answer of the asked kind for, and what it does. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class AnswerCheckTest {

    @Inject
    PassageRetriever retriever;

    @Inject
    AnswerCheck check;

    private Set<ExpectedAnswer> missing(String question, String query) {
        return check.missing(question, query, retriever.retrieve(query)).orElse(Set.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the bridge's passage gives its cost and aims, no date and no length
            "When will the Tumen River bridge open to traffic?|DATE",
            "How long will the new rail bridge over the Tumen be?|DURATION",
            // Kim Jong Un is named in a caption, with no age
            "How old is Kim Jong Un?|AGE",
            // "nuclear" is in the article, with no number near it; the soldiers' numbers are about something else
            "How many nuclear tests has North Korea carried out?|QUANTITY",
            "In what year did the Soviet Union collapse?|YEAR",
            "What did China say about the treaty?|STATEMENT",
            // sanctions are named (the UN's) and so is South Korea (worried), never South Korea imposing any
            "What sanctions did South Korea impose in response to the deployment?|RESPONSE"})
    void aQuestionWhosePassagesLackTheKindOfAnswerItAsksForIsFound(String question, ExpectedAnswer kind) {
        assertThat(missing(question, question)).containsExactly(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "When was the treaty signed?",
            "After which year did ties grow stronger, and why?",
            "What percentage of North Korea's Cold War debt did Russia cancel?",
            "What did the U.S. announce about military aid to Ukraine?",
            "Which countries are worried by North Korea's upgraded capabilities?",
            "How did South Korea react to North Korea's upgraded capabilities?",
            // words the article does not use, read as the article's nearest words: troops as soldiers, borrowing as debt
            "How many of the troops were casualties?",
            "How much Soviet-era borrowing did Moscow forgive?"})
    void aQuestionTheArticleAnswersIsNotFound(String question) {
        assertThat(missing(question, question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How much money was that?|How much money was that? What share of North Korea's Cold War debt did Russia cancel?",
            "How much will it cost?|How much will it cost? What is Russia building over the Tumen River?"})
    void aFollowUpIsCheckedAgainstWhatItsStandaloneQueryIsAbout(String question, String query) {
        assertThat(missing(question, query)).isEmpty();
    }
}
