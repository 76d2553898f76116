package dev.articlechat.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app as it runs in production, against the stand-in: the test profile's short time-outs (2 s idle, 5 s first
 * line, chosen so that fault tests end quickly) would turn queueing under load into errors that production's
 * defaults would not. All benchmark clients share one loopback address, so the per-client limit on answers in
 * progress is lifted: the benchmark measures the app, not its rate limit. So is the queue in front of the model: the
 * stand-in serves any number of generations at once (QueueBenchmark measures the queue, against a stand-in that
 * does not).
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("article-chat.ollama.idle-timeout", "30s",
                "quarkus.langchain4j.ollama.timeout", "120s",
                "article-chat.chat.max-concurrent-asks-per-client", "10000",
                "article-chat.ollama.parallel", "10000");
    }
}
