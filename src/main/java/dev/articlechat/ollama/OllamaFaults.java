package dev.articlechat.ollama;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.ollama.UpstreamException.Reason;
import io.quarkus.logging.Log;

/** What went wrong with Ollama, told to the user with what to do about it. */
final class OllamaFaults {

    private final ObjectMapper json;
    private final String baseUrl;
    private final String model;
    private final AtomicBoolean toldThinkRefused = new AtomicBoolean();

    OllamaFaults(ObjectMapper json, String baseUrl, String model) {
        this.json = json;
        this.baseUrl = baseUrl;
        this.model = model;
    }

    UpstreamException unreachable(Throwable cause) {
        return new UpstreamException(Reason.UNREACHABLE, "Ollama is not reachable at " + baseUrl
                + " (" + cause.getMessage() + "): start it with `ollama serve`, or set "
                + "quarkus.langchain4j.ollama.base-url");
    }

    UpstreamException status(int status, String body) {
        String detail = errorText(body);
        if (status == 404) {
            return new UpstreamException(Reason.MODEL_MISSING, "The model " + model + " is not available in Ollama ("
                    + detail + "): pull it with `ollama pull " + model + "`");
        }
        if (status == 503) {
            return new UpstreamException(Reason.BUSY, "Ollama is busy (" + detail + "): try again in a moment");
        }
        return new UpstreamException(Reason.FAILED, "Ollama answered HTTP " + status + " (" + detail
                + "): check `ollama serve`'s log, then ask again");
    }

    UpstreamException firstTokenTimeout(Duration waited) {
        return new UpstreamException(Reason.FIRST_TOKEN_TIMEOUT, "Ollama did not start answering within "
                + seconds(waited) + " (loading " + model + " on a CPU can be slow): try again, or raise "
                + "quarkus.langchain4j.ollama.timeout");
    }

    UpstreamException idleTimeout(Duration waited) {
        return new UpstreamException(Reason.IDLE_TIMEOUT, "Ollama stopped sending for " + seconds(waited)
                + " in the middle of the answer: ask again");
    }

    UpstreamException streamCut(Throwable cause) {
        return new UpstreamException(Reason.STREAM_CUT, cause == null
                ? "Ollama's stream ended before the answer was complete: ask again"
                : "Ollama's stream broke off mid-answer (" + cause.getMessage() + "): ask again");
    }

    UpstreamException malformed() {
        return new UpstreamException(Reason.MALFORMED, "Ollama sent a malformed line mid-answer: ask again");
    }

    UpstreamException reported(String error) {
        return new UpstreamException(Reason.STREAM_ERROR, "Ollama reported an error: " + error);
    }

    /**
     * Ollama 0.12.4 (only) answered {@code "think": false} for a model that cannot think with 400 {@code "x" does not
     * support thinking} (fixed by ollama/ollama#12555): such a refusal is asked again without the field.
     */
    boolean refusesThink(int status, String body) {
        boolean refused = status == 400 && body.contains("does not support thinking");
        if (refused && toldThinkRefused.compareAndSet(false, true)) {
            Log.infof("Ollama refused \"think\": false for %s (%s), as Ollama 0.12.4 does for a model that cannot "
                    + "think: asking without it (a newer Ollama saves the extra request)", model, errorText(body));
        }
        return refused;
    }

    /** Ollama's own {@code error} text from a response body, or the body itself, shortened. */
    String errorText(String body) {
        try {
            return Optional.ofNullable(json.readTree(body)).map(n -> n.path("error").asText(null))
                    .orElse(abbreviate(body));
        } catch (JsonProcessingException e) {
            return abbreviate(body);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
