package dev.articlechat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndASentenceButACaptionLineDoes() {
        assertThat(sentences("Leaders met (Source: Kremlin Photo)\n\nThe U.S. announced a pause. Talks stalled."))
                .containsExactly("Leaders met (Source: Kremlin Photo)", "The U.S. announced a pause.", "Talks stalled.");
    }

    @Test
    void aBulletListStaysWithItsLeadSentence() {
        assertThat(sentences("It supplied:\n\n  • Shells,\n\n  • Rockets.\n\nThen more."))
                .containsExactly("It supplied:\n\n  • Shells,\n\n  • Rockets.", "Then more.");
    }
}
