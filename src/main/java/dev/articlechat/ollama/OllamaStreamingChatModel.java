package dev.articlechat.ollama;

import java.time.Duration;
import java.util.OptionalInt;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.metrics.ChatMeters;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;

/**
 * Ollama's {@code /api/chat} stream, read line by line. The extension's client drops {@code error} lines and
 * {@code done_reason} and has no time-out between tokens; this one surfaces every line: tokens the moment they
 * arrive, {@code done_reason} as the finish reason, {@code prompt_eval_count} as input tokens, an {@code error}
 * line as a failure, a stall as a time-out ({@link OllamaExchange}, {@link OllamaStreamReader}). Cancelling the
 * handle closes the connection, which stops Ollama. It asks reasoning models not to think ({@code "think": false})
 * and keeps any thinking they send anyway out of the answer ({@link ThinkingFilter}), so that a {@code [2]} in a
 * model's reasoning never becomes a citation. Configured by the extension's standard keys, so users set the address
 * and model where they expect to.
 */
@Singleton
public class OllamaStreamingChatModel implements StreamingChatModel {

    private final String baseUrl;
    private final String model;
    private final OllamaLink link;

    public OllamaStreamingChatModel(Vertx vertx, ObjectMapper json, ArticleChatConfig config, ChatMeters meters,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.base-url", defaultValue = "http://localhost:11434") String baseUrl,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.model-id", defaultValue = "llama3.2") String model,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.temperature", defaultValue = "0") double temperature,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.num-predict") OptionalInt numPredict,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.timeout", defaultValue = "120s") Duration firstTokenTimeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.model = model;
        var client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5_000)
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        this.link = new OllamaLink(vertx, client, this.baseUrl + "/api/chat", model, json,
                new OllamaRequestBody(json, model, temperature, numPredict, config.ollama()),
                new OllamaFaults(json, this.baseUrl, model), meters, firstTokenTimeout, config.ollama().idleTimeout());
    }

    public String model() {
        return model;
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        new OllamaExchange(link, request.messages(), handler).start();
    }
}
