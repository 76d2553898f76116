package dev.articlechat.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThinkingFilterTest {

    private final ThinkingFilter filter = new ThinkingFilter();

    /** Streams the pieces through the filter: what it showed, ending with what it held back. */
    private String stream(String... pieces) {
        StringBuilder shown = new StringBuilder();
        for (String piece : pieces) {
            shown.append(filter.content(piece));
        }
        return shown.append(filter.end()).toString();
    }

    @Test
    void aThinkBlockIsNotShownAndTheAnswerStartsAtItsFirstCharacter() {
        assertThat(stream("<think>", "\nPassage [2]", " is not it.", "\n</think>", "\n\nSigned", " in June [1].")).isEqualTo(
                "Signed in June [1].");
        assertThat(filter.answer()).isEqualTo("Signed in June [1].");
        assertThat(filter.thought()).isEqualTo("Passage [2] is not it.");
    }

    @Test
    void tagsSplitOverPiecesAreStillFound() {
        assertThat(stream("<th", "ink>reason", "ing</th", "ink>", "Ans", "wer")).isEqualTo("Answer");
        assertThat(filter.thought()).isEqualTo("reasoning");
    }

    @Test
    void whatOnlyBeganLikeATagIsShownOnceSettled() {
        assertThat(filter.content("a <")).isEqualTo("a ");
        assertThat(filter.content("b </")).isEqualTo("<b ");
        assertThat(filter.end()).isEqualTo("</");
        assertThat(filter.answer()).isEqualTo("a <b </");
        assertThat(filter.thought()).isNull();
    }

    @Test
    void aBlockNeverClosedHidesTheRest() {
        assertThat(stream("Short answer. ", "<think>cut while thinking [3]", "</thi")).isEqualTo("Short answer. ");
        assertThat(filter.thought()).isEqualTo("cut while thinking [3]</thi");
    }

    @Test
    void aCloseWithoutAnOpenMakesWhatCameBeforeItThinking() {
        stream("The template opened it [2].", "\n</think>\n\n", "Answer [1].");
        assertThat(filter.answer()).isEqualTo("Answer [1].");
        assertThat(filter.thought()).isEqualTo("The template opened it [2].");
    }

    @Test
    void severalBlocksAndAStrayCloseAfterThem() {
        assertThat(stream("<think>a</think>One. <think>b</think>Two.</think> Three.")).isEqualTo("One. Two. Three.");
        assertThat(filter.thought()).isEqualTo("ab");
    }

    @Test
    void thinkingSentApartIsKeptApart() {
        filter.thinking("Let me see");
        filter.thinking(" [2].");
        assertThat(stream("Answer [1].")).isEqualTo("Answer [1].");
        assertThat(filter.thought()).isEqualTo("Let me see [2].");
    }

    @Test
    void anAnswerWithoutThinkingPassesThrough() {
        assertThat(stream(" Plain", " answer <b>bold</b> [1].")).isEqualTo("Plain answer <b>bold</b> [1].");
        assertThat(filter.thought()).isNull();
    }
}
