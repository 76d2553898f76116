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
        return answerability.uncovered(question, query, retriever.search(query, 4, Set.of()).passages())
                .orElse(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I bake sourdough bread?|sourdough",
            "How do I repot an orchid?|orchid",
            "Who won the football world cup?|football"})
    void aQuestionNoneOfWhoseSalientWordsThePassagesMentionIsNamed(String question, String word) {
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
            "Can you please tell me what Russia is building over the Tumen River?",
            // a decade is a word of the language, not a number with its unit (language/en/number-suffixes.txt): the
            // article tells of the years after the Soviet collapse without naming them
            "What brought Moscow and Pyongyang back together after the 90s?"})
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

    /**
     * language/en/answer-kinds.txt at work: a question that needs a number or a date is not answered from passages
     * that hold none for what it asks, nor only the one it already names; a number the documents lack is named.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // numbers in the passages, but none near "nuclear" or "tests"
            "How many nuclear tests has North Korea carried out?|a number",
            // the passages' only date for the treaty is the one the question already holds
            "On what day in June 2024 was the treaty signed?|a date",
            // no word close in meaning stands in for a number: 2023 is not 2022
            "What was the value of trade between the two countries in 2023?|2023",
            // the caption naming him is a paragraph of its own: the number opening the next one is not his age
            "How old is Kim Jong Un?|a number",
            // "In June 2024" is a date, not a number of years
            "For how many years is the partnership treaty valid?|a length of time"})
    void aQuestionWithoutTheKindOfAnswerItNeedsIsRefused(String question, String missing) {
        assertThat(uncovered(question, question)).containsExactly(missing);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many soldiers did North Korea send to Kursk?",
            // the number is in the sentence after the one naming what it counts
            "How many of the troops were casualties?",
            "In which year did Russia cancel North Korea's debt?",
            "How many thousand workers did Pyongyang send?",
            // "11,000" as the article writes "11 000"
            "Where did the 11,000 soldiers fight?",
            // in the reader's words, not the article's ("grown" where it writes "rocketed"), but the sentence that
            // best matches the question holds the figures
            "How much has trade between them grown since the invasion?"})
    void aQuestionWhoseKindOfAnswerThePassagesGiveIsAnswerable(String question) {
        assertThat(uncovered(question, question)).isEmpty();
    }
}
