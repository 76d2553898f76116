package dev.articlechat.chat;

import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.mutiny.Uni;

/**
 * What each conversation was asked and answered, turn by turn, for export and for feedback on an answer. Only
 * finished answers are recorded (a turn that ended in an error is not). Kept as long as the conversation is, and
 * with the same bounds, where the conversation is kept ({@code article-chat.chat.memory}).
 */
public interface Transcripts {

    /**
     * When subscribed: records a finished turn at the end of its conversation's transcript and gives its index (0 for
     * the first). Never fails: a turn that could not be kept (Redis not answering) gives no index, and its answer
     * goes out without one. Does not block: it is called on the event loop that streamed the answer.
     */
    Uni<OptionalInt> record(String conversationId, TranscriptTurn turn);

    /**
     * The conversation's transcript, or empty when it has none (unknown, expired, or nothing answered yet). May wait
     * for Redis (at most {@code quarkus.redis.timeout}): not for an event loop.
     *
     * @throws Unavailable when the store of transcripts does not answer, so whether there is one is not known
     */
    Optional<Transcript> find(String conversationId);

    /** The transcripts cannot be read now; the message says why and what to do. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
