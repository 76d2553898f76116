package dev.articlechat.chat;

import java.util.List;
import java.util.Optional;

/**
 * A conversation's recorded turns, oldest first; {@code firstTurn} is the index of {@code turns.get(0)}, above 0
 * once a long conversation's oldest turns were dropped, so that a turn keeps its index for as long as it is kept.
 */
public record Transcript(String conversationId, int firstTurn, List<TranscriptTurn> turns) {

    /** The turn of index {@code index}, if it is kept. */
    public Optional<TranscriptTurn> turn(int index) {
        int at = index - firstTurn;
        return at >= 0 && at < turns.size() ? Optional.of(turns.get(at)) : Optional.empty();
    }
}
