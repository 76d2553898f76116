package dev.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terms as the keyword index reads them. */
class TermsTest {

    /** The analyser drops stop words before it stems, so a stop word in another form comes back as a term. */
    @Test
    void aStopWordInAnotherFormIsKnownAsOne() {
        assertThat(Terms.of("whats hows doesnt im")).containsExactly("what", "how", "doesnt", "im")
                .allMatch(Terms::isStopWordForm);
        // "Doe" stems as "does" does, but is no stop word in another form
        assertThat(Terms.of("treaty gpu Doe")).noneMatch(Terms::isStopWordForm);
    }
}
