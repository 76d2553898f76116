package dev.articlechat.ollama;

import java.time.Duration;

import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Asks Ollama's {@code /api/tags} whether it runs and has pulled the configured model. */
@Singleton
public class OllamaProbe {

    /** A health probe must answer quickly even when Ollama hangs. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client;
    private final String baseUrl;
    private final String model;

    public OllamaProbe(Vertx vertx, OllamaStreamingChatModel ollama) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) TIMEOUT.toMillis()));
        this.baseUrl = ollama.baseUrl();
        this.model = ollama.model();
    }

    public Uni<OllamaStatus> status() {
        var tags = client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(baseUrl + "/api/tags")
                .setIdleTimeout(TIMEOUT.toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> fromTags(response, body.toString())));
        return Uni.createFrom().completionStage(tags.toCompletionStage())
                .onFailure().recoverWithItem(error -> {
                    Log.debugf("Ollama at %s did not answer /api/tags: %s", baseUrl, error.toString());
                    return OllamaStatus.unreachable(baseUrl, model);
                });
    }

    private OllamaStatus fromTags(HttpClientResponse response, String body) {
        if (response.statusCode() != 200) {
            return OllamaStatus.unreachable(baseUrl, model);
        }
        JsonArray models = new JsonObject(body).getJsonArray("models", new JsonArray());
        boolean present = models.stream().map(m -> ((JsonObject) m).getString("name", "")).anyMatch(this::isConfigured);
        return OllamaStatus.reachable(baseUrl, model, present);
    }

    /** Ollama lists {@code llama3.2:latest}; the configured name may omit the tag. */
    private boolean isConfigured(String name) {
        return name.equals(model) || (!model.contains(":") && name.equals(model + ":latest"));
    }
}
