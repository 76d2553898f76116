package dev.articlechat.web;

import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.articlechat.ingest.ArticleIndex;

/** Ready once the documents are cut and embedded; names the files that are not served, and why. */
@Readiness
@Singleton
public class ArticleReadiness implements HealthCheck {

    private final ArticleIndex index;

    public ArticleReadiness(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("article")
                .status(index.ready())
                .withData("documents", index.documents().size())
                .withData("passages", index.passages().size());
        if (!index.skipped().isEmpty()) {
            response.withData("skipped", index.skipped().stream().map(s -> s.name() + ": " + s.reason())
                    .collect(Collectors.joining("; ")));
        }
        return response.build();
    }
}
