package dev.articlechat.chat;

import java.util.Optional;

/**
 * What each conversation was asked and answered, turn by turn, for export and for feedback on an answer. Only
 * finished answers are recorded (a turn that ended in an error is not). Kept as long as the conversation is, and
 * with the same bounds.
 */
public interface Transcripts {

    /** Records a finished turn at the end of its conversation's transcript; returns its index (0 for the first). */
    int record(String conversationId, TranscriptTurn turn);

    /** The conversation's transcript, or empty when it has none (unknown, expired, or nothing answered yet). */
    Optional<Transcript> find(String conversationId);
}
