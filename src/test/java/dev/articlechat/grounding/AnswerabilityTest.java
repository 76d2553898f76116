package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.articlechat.ollama.StandInOllamaResource;
import dev.articlechat.retrieval.PassageRetriever;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Over the seed article: which questions' salient words the passages found do not mention (answered "the documents
 * do not say" without a model), and which they do, including words the article writes otherwise.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class AnswerabilityTest {

    @Inject
    PassageRetriever retriever;

    @Inject
    Answerability answerability;

    private List<String> uncovered(String question, String query) {
        return answerability.uncovered(query, retriever.search(query, 4, Set.of()).passages()).orElse(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I bake sourdough bread?|sourdough",
            "How do I grow tomatoes in my garden?|tomatoes",
            "Who won the football world cup?|football"})
    void aQuestionWhoseSalientWordsThePassagesMostlyDoNotMentionIsNamed(String question, String word) {
        assertThat(uncovered(question, question)).contains(word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "When was the treaty signed?",
            "What percentage of North Korea's Cold War debt did Russia cancel?",
            // the article writes "The U.S.": the capitalised words' initials stand for them
            "What did the United States announce about aid to Ukraine?",
            // words the article does not use, read as the article's nearest words: troops as soldiers
            "How many of the troops were casualties?",
            // words of asking need not be in the documents (language/en/question-words.txt)
            "Can you please tell me what Russia is building over the Tumen River?"})
    void aQuestionThePassagesMentionIsAnswerable(String question) {
        assertThat(uncovered(question, question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How much money was that?|How much money was that? What share of North Korea's Cold War debt did Russia cancel?",
            "How much will it cost?|How much will it cost? What is Russia building over the Tumen River?"})
    void aFollowUpIsCheckedAsItsStandaloneQuery(String question, String query) {
        assertThat(uncovered(question, query)).isEmpty();
    }
}
