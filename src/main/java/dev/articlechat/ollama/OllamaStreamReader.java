package dev.articlechat.ollama;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.quarkus.logging.Log;

/**
 * Reads the lines of one {@code /api/chat} stream: answer text goes to the handler the moment it arrives, thinking
 * is kept apart ({@link ThinkingFilter}), an {@code error} line or a line that is not JSON is a failure, and the
 * {@code done} line becomes the response, with {@code done_reason} as its finish reason and
 * {@code prompt_eval_count} as its input tokens.
 */
final class OllamaStreamReader {

    private final ObjectMapper json;
    private final OllamaFaults faults;
    private final String model;
    private final StreamingChatResponseHandler handler;
    private final StreamingHandle handle;
    private final ThinkingFilter text = new ThinkingFilter();

    OllamaStreamReader(ObjectMapper json, OllamaFaults faults, String model, StreamingChatResponseHandler handler,
            StreamingHandle handle) {
        this.json = json;
        this.faults = faults;
        this.model = model;
        this.handler = handler;
        this.handle = handle;
    }

    /**
     * One line of the stream; the response once the stream is done.
     *
     * @throws UpstreamException when Ollama reports an error or sends a line that is not JSON
     */
    Optional<ChatResponse> read(String line) {
        JsonNode chunk;
        try {
            chunk = json.readTree(line);
        } catch (JsonProcessingException e) {
            Log.warnf("Ollama sent a line that is not JSON: %s", OllamaFaults.abbreviate(line));
            throw faults.malformed();
        }
        if (chunk.hasNonNull("error")) {
            throw faults.reported(chunk.get("error").asText());
        }
        JsonNode message = chunk.path("message");
        text.thinking(message.path("thinking").asText("")); // a thinking model's reasoning is not answer text
        emit(text.content(message.path("content").asText("")));
        if (!chunk.path("done").asBoolean(false)) {
            return Optional.empty();
        }
        emit(text.end());
        return Optional.of(response(chunk));
    }

    private void emit(String answerText) {
        if (!answerText.isEmpty()) {
            handler.onPartialResponse(new PartialResponse(answerText), new PartialResponseContext(handle));
        }
    }

    private ChatResponse response(JsonNode last) {
        TokenUsage usage = new TokenUsage(last.path("prompt_eval_count").asInt(0), last.path("eval_count").asInt(0));
        return ChatResponse.builder()
                .aiMessage(AiMessage.builder().text(text.answer()).thinking(text.thought()).build())
                .metadata(ChatResponseMetadata.builder()
                        .modelName(last.path("model").asText(model))
                        .finishReason(finishReason(last.path("done_reason").asText("stop")))
                        .tokenUsage(usage)
                        .build())
                .build();
    }

    private static FinishReason finishReason(String doneReason) {
        return Map.of("stop", FinishReason.STOP, "length", FinishReason.LENGTH)
                .getOrDefault(doneReason, FinishReason.OTHER);
    }
}
