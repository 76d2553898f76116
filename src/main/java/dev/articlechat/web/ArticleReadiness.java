package dev.articlechat.web;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.articlechat.ingest.ArticleIndex;

/** Ready once the article is cut and embedded. */
@Readiness
@Singleton
public class ArticleReadiness implements HealthCheck {

    private final ArticleIndex index;

    public ArticleReadiness(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("article")
                .status(index.ready())
                .withData("passages", index.passages().size())
                .build();
    }
}
