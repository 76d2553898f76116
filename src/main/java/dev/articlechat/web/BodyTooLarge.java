package dev.articlechat.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Quarkus refuses a body over {@code max-body-size} with a bare 413 before any resource runs; a declared length
 * over the limit is refused here first, with our JSON error. (A chunked body without a length still meets Quarkus's
 * own check.)
 */
@Singleton
public class BodyTooLarge {

    private final MemorySize limit;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        String body = new JsonObject().put("error", "The body is larger than the limit of " + limit.asLongValue() / 1024
                + " KiB: send a shorter question").encode();
        long max = limit.asLongValue();
        // Quarkus's own limit check is the route of order -2
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > max) {
                context.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close").end(body);
            } else {
                context.next();
            }
        });
    }
}
