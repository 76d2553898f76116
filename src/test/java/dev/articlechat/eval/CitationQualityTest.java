package dev.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.Timings;
import dev.articlechat.chat.Usage;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ingest.PlainText;

class CitationQualityTest {

    private static final Map<Integer, String> PASSAGES = Map.of(
            1, "In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.",
            2, "Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk region.",
            3, "Russia is also building a rail bridge over the Tumen River connecting the two countries.");

    private final SupportChecker checker = new SupportChecker(0.5);

    private CitationQuality quality(String text) {
        List<Citation> citations = PASSAGES.entrySet().stream()
                .map(e -> new Citation(e.getKey(), "p0" + e.getKey(), "doc.txt", "S", List.of(), e.getValue(),
                        PlainText.verbatim(e.getValue(), 0), 0, e.getValue().length(), 1.0, List.of()))
                .toList();
        ChatAnswer answer = new ChatAnswer("c", text, citations, checker.check(text, PASSAGES),
                ChatAnswer.Source.ollama, null, "m", "stop", new Timings(0, null, 0, 0), Usage.NONE, List.of(), null);
        return CitationQuality.of(answer, checker);
    }

    @Test
    void recallCountsSentencesWhoseCitationsTogetherSupportThem() {
        CitationQuality q = quality("Russia and North Korea signed the treaty in June 2024 [1]. "
                + "North Korea sent 11 000 soldiers to Kursk after signing the treaty in June 2024 [1][2]. "
                + "North Korea sent 12 000 soldiers [2]. Russia builds a bridge over the Tumen River.");
        assertThat(q.sentences()).isEqualTo(4);
        assertThat(q.supportedAndCited()).as("the wrong number and the uncited claim fail").isEqualTo(2);
    }

    @Test
    void aCitationIsIrrelevantWhenTheOthersSupportTheSentenceWithoutItAndItAloneDoesNot() {
        // [3] adds nothing to a sentence that [2] supports alone; [1] and [2] are each needed for the second
        CitationQuality q = quality("North Korea sent 11 000 soldiers to Kursk [2][3]. "
                + "North Korea sent 11 000 soldiers to Kursk after signing the treaty in June 2024 [1][2]. "
                + "North Korea sent 12 000 soldiers [2].");
        assertThat(q.citations()).isEqualTo(5);
        assertThat(q.needed()).as("[3] is irrelevant; the wrong number's citation is not needed").isEqualTo(3);
    }
}
