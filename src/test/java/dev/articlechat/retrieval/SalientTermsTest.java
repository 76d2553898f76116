package dev.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.articlechat.corpus.OllamaDocsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Over Ollama's docs: a question typed in haste says what it asks with the same salient terms as one typed with care.
 * Before, "whats" was read as a word "what" the docs lack, and "w/" as a word "w": the topic gate counted them
 * against a question's distinctive words, and kept one answerable question from the model.
 */
@QuarkusTest
@TestProfile(OllamaDocsProfile.class)
class SalientTermsTest {

    @Inject
    SalientTerms salientTerms;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "whats the default context length?|what's the default context length?",
            "why doesnt ollama see my gpu?|why doesn't ollama see my gpu?",
            "hows the model loaded w/ a modelfile?|how's the model loaded with a modelfile?",
            "im running it in docker, wheres the log?|I'm running it in Docker, where's the log?"})
    void aStopWordWithoutItsApostropheOrAShorthandLetterIsNotWhatIsAsked(String hasty, String careful) {
        assertThat(salientTerms.of(hasty)).isNotEmpty().isEqualTo(salientTerms.of(careful));
    }

    /** "id" is also "I'd" unapostrophed; the docs use it as a word of their own, so it says what is asked. */
    @Test
    void aStopWordFormTheDocumentsUseAsAWordIsKept() {
        assertThat(Terms.isStopWordForm("id")).isTrue();
        assertThat(salientTerms.of("which gpu id do I pass to use the second card?")).contains("id");
    }
}
