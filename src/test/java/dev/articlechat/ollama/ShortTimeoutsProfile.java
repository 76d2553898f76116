package dev.articlechat.ollama;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Time-outs short enough that a slow model load and a stalled stream can be tested in seconds. */
public class ShortTimeoutsProfile implements QuarkusTestProfile {

    /** The first-token time-out; the stand-in's slow load must last longer. */
    public static final int FIRST_TOKEN_TIMEOUT_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.langchain4j.ollama.timeout", FIRST_TOKEN_TIMEOUT_SECONDS + "s",
                "article-chat.ollama.idle-timeout", "1s");
    }
}
