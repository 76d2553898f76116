package dev.articlechat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryTranscriptsTest {

    private final AtomicLong now = new AtomicLong();
    private final InMemoryTranscripts transcripts = new InMemoryTranscripts(2, Duration.ofMinutes(30), 3, now::get);

    private static TranscriptTurn turn(String question) {
        return new TranscriptTurn(question, new ChatAnswer("c", "An answer to " + question, List.of(), List.of(),
                ChatAnswer.Source.none, null, null, "stop", new Timings(1, null, 2, 0), Usage.NONE, List.of(), null));
    }

    private int record(String conversationId, TranscriptTurn turn) {
        return transcripts.record(conversationId, turn).await().indefinitely().orElseThrow();
    }

    @Test
    void turnsAreNumberedInOrderPerConversation() {
        assertThat(record("a", turn("first"))).isZero();
        assertThat(record("b", turn("other"))).isZero();
        assertThat(record("a", turn("second"))).isEqualTo(1);

        Transcript a = transcripts.find("a").orElseThrow();
        assertThat(a.firstTurn()).isZero();
        assertThat(a.turns()).extracting(TranscriptTurn::question).containsExactly("first", "second");
        assertThat(a.turn(1).orElseThrow().question()).isEqualTo("second");
        assertThat(a.turn(2)).isEmpty();
        assertThat(a.turn(-1)).isEmpty();
        assertThat(transcripts.find("unknown")).isEmpty();
    }

    @Test
    void aLongConversationDropsItsOldestTurnsAndTheOthersKeepTheirIndex() {
        for (int i = 0; i < 5; i++) {
            record("a", turn("question " + i));
        }
        Transcript a = transcripts.find("a").orElseThrow();
        assertThat(a.firstTurn()).isEqualTo(2);
        assertThat(a.turns()).hasSize(3);
        assertThat(a.turn(4).orElseThrow().question()).isEqualTo("question 4");
        assertThat(a.turn(1)).isEmpty();
    }

    @Test
    void anIdleTranscriptIsForgottenAndTheLeastRecentlyUsedGoesBeyondTheLimit() {
        record("a", turn("first"));
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        record("b", turn("first"));
        now.addAndGet(Duration.ofMinutes(15).toNanos());
        assertThat(transcripts.find("a")).as("idle 35 minutes").isEmpty();
        assertThat(transcripts.find("b")).as("idle 15 minutes").isPresent();
        // a forgotten conversation asked again starts a new transcript
        assertThat(record("a", turn("again"))).isZero();

        record("c", turn("first"));
        assertThat(transcripts.find("b")).as("least recently used of three, limit two").isEmpty();
        assertThat(transcripts.find("a")).isPresent();
        assertThat(transcripts.find("c")).isPresent();
    }
}
