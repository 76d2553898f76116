package dev.articlechat.ollama;

/**
 * Ollama could not give (the rest of) an answer. The message is for the user: it says what happened and what to
 * do about it.
 */
public class UpstreamException extends RuntimeException {

    /** What went wrong, so callers can decide whether the article alone can still answer. */
    public enum Reason {
        UNREACHABLE, MODEL_MISSING, BUSY, FAILED, FIRST_TOKEN_TIMEOUT, IDLE_TIMEOUT, STREAM_ERROR, STREAM_CUT, MALFORMED
    }

    private final Reason reason;

    public UpstreamException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
