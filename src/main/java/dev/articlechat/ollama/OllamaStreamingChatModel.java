package dev.articlechat.ollama;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.metrics.ChatMeters;
import dev.articlechat.ollama.UpstreamException.Reason;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * Ollama's {@code /api/chat} stream, read line by line. The extension's client drops {@code error} lines and
 * {@code done_reason} and has no time-out between tokens; this one surfaces every line: tokens the moment they
 * arrive, {@code done_reason} as the finish reason, {@code prompt_eval_count} as input tokens, an {@code error}
 * line as a failure, a stall as a time-out. Cancelling the handle closes the connection, which stops Ollama.
 * It asks reasoning models not to think ({@code "think": false}) and keeps any thinking they send anyway out of the
 * answer ({@link ThinkingFilter}), so that a {@code [2]} in a model's reasoning never becomes a citation.
 * Configured by the extension's standard keys, so users set the address and model where they expect to.
 */
@Singleton
public class OllamaStreamingChatModel implements StreamingChatModel {

    private final HttpClient client;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final String baseUrl;
    private final String model;
    private final double temperature;
    private final OptionalInt numPredict;
    private final Duration firstTokenTimeout;
    private final ArticleChatConfig.Ollama ours;
    private final AtomicBoolean toldThinkRefused = new AtomicBoolean();
    private final ChatMeters meters;

    public OllamaStreamingChatModel(Vertx vertx, ObjectMapper json, ArticleChatConfig config, ChatMeters meters,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.base-url", defaultValue = "http://localhost:11434") String baseUrl,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.model-id", defaultValue = "llama3.2") String model,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.temperature", defaultValue = "0") double temperature,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.num-predict") OptionalInt numPredict,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.timeout", defaultValue = "120s") Duration firstTokenTimeout) {
        this.vertx = vertx;
        this.json = json;
        this.meters = meters;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.model = model;
        this.temperature = temperature;
        this.numPredict = numPredict;
        this.firstTokenTimeout = firstTokenTimeout;
        this.ours = config.ollama();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5_000)
                .setMaxPoolSize(64)
                .setKeepAlive(true));
    }

    public String model() {
        return model;
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        new Exchange(request.messages(), handler).start();
    }

    private String body(List<ChatMessage> messages, boolean sayThink) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("stream", true);
        if (sayThink) {
            // reasoning models (qwen3, deepseek-r1) think by default: hundreds of tokens before the answer, which
            // the reader would wait for; an Ollama older than 0.9 ignores the field
            body.put("think", false);
        }
        body.put("keep_alive", ours.keepAlive());
        var array = body.putArray("messages");
        for (ChatMessage message : messages) {
            array.addObject().put("role", role(message)).put("content", text(message));
        }
        ObjectNode options = body.putObject("options");
        options.put("temperature", temperature);
        options.put("num_ctx", ours.numCtx());
        numPredict.ifPresent(n -> options.put("num_predict", n));
        return body.toString();
    }

    private static String role(ChatMessage message) {
        return switch (message.type()) {
            case SYSTEM -> "system";
            case AI -> "assistant";
            default -> "user";
        };
    }

    private static String text(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return user.singleText();
        }
        if (message instanceof AiMessage ai) {
            return ai.text() == null ? "" : ai.text();
        }
        throw new IllegalArgumentException("Unsupported message type " + message.type());
    }

    /**
     * Ollama 0.12.4 (only) answered {@code "think": false} for a model that cannot think with 400 {@code "x" does not
     * support thinking} (fixed by ollama/ollama#12555): such a refusal is asked again without the field.
     */
    private static boolean refusesThink(int status, String body) {
        return status == 400 && body.contains("does not support thinking");
    }

    /** One request to Ollama and its stream; exactly one of complete, error or cancel ends it. */
    private final class Exchange implements StreamingHandle {
        private final List<ChatMessage> messages;
        private final StreamingChatResponseHandler handler;
        private final AtomicBoolean ended = new AtomicBoolean();
        private final ThinkingFilter text = new ThinkingFilter();
        private volatile HttpClientRequest request;
        private volatile long timer = -1;
        private volatile boolean cancelled;

        Exchange(List<ChatMessage> messages, StreamingChatResponseHandler handler) {
            this.messages = messages;
            this.handler = handler;
        }

        void start() {
            // The AI service learns the cancel handle only from a partial event. A blank "thinking" piece (which
            // carries no answer text) hands it over at once, so a stop during a slow model load still cancels.
            handler.onPartialThinking(new PartialThinking(" "), new PartialThinkingContext(this));
            armTimer(firstTokenTimeout, Reason.FIRST_TOKEN_TIMEOUT, "Ollama did not start answering within "
                    + seconds(firstTokenTimeout) + " (loading " + model + " on a CPU can be slow): try again, or raise "
                    + "quarkus.langchain4j.ollama.timeout");
            send(true);
        }

        private void send(boolean sayThink) {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                    .setAbsoluteURI(baseUrl + "/api/chat")
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Accept", "application/x-ndjson");
            client.request(options).onComplete(created -> {
                if (created.failed()) {
                    fail(unreachable(created.cause()));
                    return;
                }
                request = created.result();
                if (ended.get()) {
                    request.reset();
                    return;
                }
                request.send(Buffer.buffer(body(messages, sayThink))).onComplete(sent -> {
                    if (sent.failed()) {
                        fail(ended.get() ? null : unreachable(sent.cause()));
                    } else {
                        onResponse(sent.result(), sayThink);
                    }
                });
            });
        }

        private void onResponse(HttpClientResponse response, boolean saidThink) {
            if (response.statusCode() != 200) {
                response.body().onComplete(b -> {
                    String body = b.succeeded() ? b.result().toString() : "";
                    if (saidThink && refusesThink(response.statusCode(), body) && !ended.get()) {
                        if (toldThinkRefused.compareAndSet(false, true)) {
                            Log.infof("Ollama refused \"think\": false for %s (%s), as Ollama 0.12.4 does for a model "
                                    + "that cannot think: asking without it (a newer Ollama saves the extra request)",
                                    model, errorText(body));
                        }
                        send(false);
                    } else {
                        fail(statusError(response.statusCode(), body));
                    }
                });
                return;
            }
            RecordParser lines = RecordParser.newDelimited("\n", this::onLine);
            response.handler(lines);
            response.exceptionHandler(e -> fail(new UpstreamException(Reason.STREAM_CUT,
                    "Ollama's stream broke off mid-answer (" + e.getMessage() + "): ask again")));
            response.endHandler(v -> {
                lines.handle(Buffer.buffer("\n")); // a last line without its newline still counts
                fail(new UpstreamException(Reason.STREAM_CUT,
                        "Ollama's stream ended before the answer was complete: ask again"));
            });
        }

        private void onLine(Buffer buffer) {
            String line = buffer.toString().strip();
            if (line.isEmpty() || ended.get()) {
                return;
            }
            armTimer(ours.idleTimeout(), Reason.IDLE_TIMEOUT, "Ollama stopped sending for "
                    + seconds(ours.idleTimeout()) + " in the middle of the answer: ask again");
            JsonNode chunk;
            try {
                chunk = json.readTree(line);
            } catch (JsonProcessingException e) {
                Log.warnf("Ollama sent a line that is not JSON: %s", abbreviate(line));
                fail(new UpstreamException(Reason.MALFORMED, "Ollama sent a malformed line mid-answer: ask again"));
                return;
            }
            if (chunk.hasNonNull("error")) {
                fail(new UpstreamException(Reason.STREAM_ERROR,
                        "Ollama reported an error: " + chunk.get("error").asText()));
                return;
            }
            JsonNode message = chunk.path("message");
            text.thinking(message.path("thinking").asText("")); // a thinking model's reasoning is not answer text
            emit(text.content(message.path("content").asText("")));
            if (chunk.path("done").asBoolean(false)) {
                emit(text.end());
                complete(chunk);
            }
        }

        private void emit(String answerText) {
            if (!answerText.isEmpty()) {
                handler.onPartialResponse(new PartialResponse(answerText), new PartialResponseContext(this));
            }
        }

        private void complete(JsonNode last) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            cancelTimer();
            TokenUsage usage = new TokenUsage(last.path("prompt_eval_count").asInt(0), last.path("eval_count").asInt(0));
            ChatResponse response = ChatResponse.builder()
                    .aiMessage(AiMessage.builder().text(text.answer()).thinking(text.thought()).build())
                    .metadata(ChatResponseMetadata.builder()
                            .modelName(last.path("model").asText(model))
                            .finishReason(finishReason(last.path("done_reason").asText("stop")))
                            .tokenUsage(usage)
                            .build())
                    .build();
            handler.onCompleteResponse(response);
        }

        /** Ends the exchange with an error; {@code null} ends it silently (already ended or cancelled). */
        private void fail(UpstreamException error) {
            if (error == null || !ended.compareAndSet(false, true)) {
                return;
            }
            cancelTimer();
            HttpClientRequest current = request;
            if (current != null) {
                current.reset();
            }
            Log.warnf("Ollama %s: %s", error.reason(), error.getMessage());
            meters.ollamaFault(error.reason());
            handler.onError(error);
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (ended.compareAndSet(false, true)) {
                cancelTimer();
                HttpClientRequest current = request;
                if (current != null) {
                    current.reset();
                }
                Log.debug("Ollama request cancelled by the client");
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        private void armTimer(Duration delay, Reason reason, String message) {
            cancelTimer();
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> fail(new UpstreamException(reason, message)));
        }

        private void cancelTimer() {
            long current = timer;
            if (current >= 0) {
                vertx.cancelTimer(current);
            }
        }
    }

    private UpstreamException unreachable(Throwable cause) {
        return new UpstreamException(Reason.UNREACHABLE, "Ollama is not reachable at " + baseUrl
                + " (" + cause.getMessage() + "): start it with `ollama serve`, or set quarkus.langchain4j.ollama.base-url");
    }

    private UpstreamException statusError(int status, String body) {
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

    private String errorText(String body) {
        try {
            return Optional.ofNullable(json.readTree(body)).map(n -> n.path("error").asText(null))
                    .orElse(abbreviate(body));
        } catch (JsonProcessingException e) {
            return abbreviate(body);
        }
    }

    private static FinishReason finishReason(String doneReason) {
        return Map.of("stop", FinishReason.STOP, "length", FinishReason.LENGTH)
                .getOrDefault(doneReason, FinishReason.OTHER);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
