package dev.articlechat.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app as it runs in production, against the stand-in: the test profile's short time-outs (2 s idle, 5 s first
 * line, chosen so that fault tests end quickly) would turn queueing under load into errors that production's
 * defaults would not. All benchmark clients share one loopback address, so a per-client limit on answers in
 * progress, where the app has one, is lifted: the benchmark measures the app, not its rate limit.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(Map.of("article-chat.ollama.idle-timeout", "30s",
                "quarkus.langchain4j.ollama.timeout", "120s"));
        // set only where the setting exists: an unknown key under article-chat would stop the app from starting
        if (Arrays.stream(ArticleChatConfig.Chat.class.getMethods())
                .anyMatch(m -> m.getName().equals("maxConcurrentAsksPerClient"))) {
            overrides.put("article-chat.chat.max-concurrent-asks-per-client", "10000");
        }
        return overrides;
    }
}
