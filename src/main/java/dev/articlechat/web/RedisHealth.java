package dev.articlechat.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.chat.RedisConversations;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Whether Redis answers, when conversations are kept there: DOWN takes the instance out of a load balancer's
 * rotation while its answers would forget every conversation. UP, and nothing asked, when they are kept in this
 * process. (The Redis extension's own check is off: it would report on a client that is not in use.)
 */
@Readiness
@Singleton
public class RedisHealth implements AsyncHealthCheck {

    private final boolean used;
    private final Instance<RedisConversations> redis;

    public RedisHealth(ArticleChatConfig config, Instance<RedisConversations> redis) {
        this.used = config.chat().memory() == ArticleChatConfig.Chat.Memory.redis;
        this.redis = redis;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!used) {
            return Uni.createFrom().item(HealthCheckResponse.named("redis").up()
                    .withData("used", false).withData("memory", "in this process").build());
        }
        return redis.get().ping()
                .map(pong -> HealthCheckResponse.named("redis").up().withData("used", true).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("redis").down()
                        .withData("used", true)
                        .withData("reason", String.valueOf(failure.getMessage()))
                        .withData("fix", "start Redis at quarkus.redis.hosts; meanwhile answers forget the "
                                + "conversation's earlier turns")
                        .build());
    }
}
