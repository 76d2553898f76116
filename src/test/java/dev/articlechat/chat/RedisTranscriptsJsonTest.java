package dev.articlechat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.Quote;
import dev.articlechat.grounding.SentenceSupport;
import dev.articlechat.ingest.PlainText;

/** A turn kept in Redis is read back as export and feedback need it; what Redis does is in RedisTranscriptsTest. */
class RedisTranscriptsJsonTest {

    // only the JSON is used here: no call reaches Redis
    private final RedisTranscripts transcripts = new RedisTranscripts(null, new ObjectMapper());

    /** A turn with all an answer can hold: a Markdown passage (its plain text differs), a quote, an unsupported line. */
    static TranscriptTurn turn() {
        String source = "## Troops\nNorth Korea sent **11 000** soldiers.";
        PlainText plain = new PlainText("North Korea sent 11 000 soldiers.", new int[] {10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 31, 32, 33, 34, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46});
        Citation citation = new Citation(1, "p03", "troops.md", "Troops", List.of("Kursk", "Troops"),
                source.substring(10), plain, 10, source.length(), 0.82, List.of(new Quote("11 000 soldiers", 29, 46)));
        ChatAnswer answer = new ChatAnswer("c-1", "About 11 000 soldiers [1]. \"Many\" died.", List.of(citation),
                List.of(new SentenceSupport(0, 27, List.of(1), true, null),
                        new SentenceSupport(28, 42, List.of(), false, "no citation")),
                ChatAnswer.Source.ollama, null, "llama3.2", "stop", new Timings(3, null, 2900, 12), new Usage(812, 40),
                List.of("p03", "p07"), "thought <3", 4);
        return new TranscriptTurn("How many soldiers went\nto Kursk?", answer);
    }

    @Test
    void aTurnReadBackIsWhatExportAndFeedbackShow() {
        TranscriptTurn kept = turn();
        String stored = transcripts.write(kept);

        TranscriptTurn read = transcripts.read("c-1", stored);

        // export and feedback write turns as JSON: read back, a turn writes the same JSON, to the character
        assertThat(transcripts.write(read)).isEqualTo(stored);
        assertThat(stored).contains("\"plain\":\"North Korea sent 11 000 soldiers.\"").doesNotContain("offsets");
        Citation citation = read.answer().citations().get(0);
        assertThat(citation.plain().text()).isEqualTo("North Korea sent 11 000 soldiers.");
        assertThat(citation.quotes()).containsExactly(new Quote("11 000 soldiers", 29, 46));
        assertThat(citation.headings()).containsExactly("Kursk", "Troops");
        // everything but where each plain character came from, which is not kept
        assertThat(read).usingRecursiveComparison().ignoringFields("answer.citations.plain").isEqualTo(kept);
        assertThat(read.answer().timings().firstTokenMs()).isNull();
    }

    @Test
    void aTurnThatIsNotATurnIsUnavailableNotAnInternalError() {
        assertThatThrownBy(() -> transcripts.read("c-1", "{\"question\": [1, 2]}"))
                .isInstanceOf(Transcripts.Unavailable.class).hasMessageContaining("another version");
    }
}
