package dev.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.TestPassages;

class KeywordIndexTest {

    private final KeywordIndex index = new KeywordIndex(List.of(
            TestPassages.text("p01", "d", "Military", "Russia transferred Pantsir air-defense systems to North Korea.", 0),
            TestPassages.text("p02", "d", "Economy", "Russia and North Korea trade oil and food.", 10),
            TestPassages.text("p03", "d", "History", "North Korea and Russia were close in the Cold War.", 20)));

    @Test
    void aRareNameRanksItsPassageFirstWithAHighScore() {
        List<KeywordIndex.Hit> hits = index.search("What are Pantsir systems?", Set.of(), 3, Set.of());
        assertThat(hits.get(0).id()).isEqualTo("p01");
        assertThat(hits.get(0).score()).isGreaterThan(hits.size() > 1 ? hits.get(1).score() : 0f);
    }

    @Test
    void stemmingMatchesOtherFormsAndStopWordsMatchNothing() {
        assertThat(index.search("transfers of systems", Set.of(), 3, Set.of())).extracting(KeywordIndex.Hit::id).containsExactly("p01");
        assertThat(index.search("what are the", Set.of(), 3, Set.of())).isEmpty();
    }
}
