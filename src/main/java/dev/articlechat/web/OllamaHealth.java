package dev.articlechat.web;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.articlechat.ollama.OllamaProbe;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Reports whether Ollama answers and has the configured model. Always UP: without Ollama the app still answers,
 * from the article alone, so Ollama's state is data for the page and for operators, not a reason to be unready.
 */
@Readiness
@Singleton
public class OllamaHealth implements AsyncHealthCheck {

    private final OllamaProbe probe;

    public OllamaHealth(OllamaProbe probe) {
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.status().map(status -> {
            var response = HealthCheckResponse.named("ollama").up()
                    .withData("url", status.baseUrl())
                    .withData("model", status.model())
                    .withData("reachable", status.reachable())
                    .withData("modelPresent", status.modelPresent());
            status.fix().ifPresent(fix -> response.withData("fix", fix));
            return response.build();
        });
    }
}
