package dev.articlechat.redis;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real Redis started before the app, which keeps its conversations there ({@code chat.memory=redis}). */
public class RedisResource implements QuarkusTestResourceLifecycleManager {

    private static TestRedis redis;

    /** The running Redis, for tests to inspect, stop and restart. */
    public static TestRedis redis() {
        return redis;
    }

    @Override
    public Map<String, String> start() {
        try {
            redis = TestRedis.start();
        } catch (Exception e) {
            throw new IllegalStateException("redis-server did not start", e);
        }
        return Map.of("article-chat.chat.memory", "redis", "quarkus.redis.hosts", redis.url());
    }

    @Override
    public void stop() {
        try {
            redis.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
