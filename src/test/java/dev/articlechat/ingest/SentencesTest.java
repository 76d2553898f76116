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

    @Test
    void aNumberedItemsNumberOpensItsFirstSentence() {
        // the JDK's rules end a sentence at "1." before a capital; quoted alone it would say nothing
        assertThat(sentences("Costs vary.\n\n1. Above $150, ask Legal. Then wait.\n\n2. When you file, please:"))
                .containsExactly("Costs vary.", "1. Above $150, ask Legal.", "Then wait.", "2. When you file, please:");
        assertThat(sentences("Version 2.1. It changed.")).containsExactly("Version 2.1.", "It changed.");
    }

    @Test
    void aTablesRowIsOneSentenceOfItsOwn() {
        // as MarkdownPlain writes a table: cells apart by a tab, a row a line
        String table = "Parameter\tDescription\tDefault\nseed\tSets the seed. Same seed, same text.\t0\n"
                + "temperature\tHow creative. Higher is more.\t0.8\nAfter the table.";
        assertThat(sentences(table)).containsExactly("Parameter\tDescription\tDefault",
                "seed\tSets the seed. Same seed, same text.\t0", "temperature\tHow creative. Higher is more.\t0.8",
                "After the table.");
    }
}
