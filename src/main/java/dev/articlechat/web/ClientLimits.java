package dev.articlechat.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/** Counts the answers each client address has in progress, so that one client cannot take every model slot. */
@Singleton
public class ClientLimits {

    private final int maxPerClient;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    public ClientLimits(ArticleChatConfig config) {
        this.maxPerClient = config.chat().maxConcurrentAsksPerClient();
    }

    /** A slot for one answer, released once; an {@link ApiException} 429 when the client has none left. */
    public Runnable acquire(String client) {
        boolean[] granted = new boolean[1];
        running.compute(client, (address, count) -> {
            int current = count == null ? 0 : count;
            granted[0] = current < maxPerClient;
            return granted[0] ? current + 1 : current;
        });
        if (!granted[0]) {
            throw new ApiException(429, "Too many answers in progress from your address (the limit is " + maxPerClient
                    + "): wait for one to finish");
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                running.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
            }
        };
    }
}
