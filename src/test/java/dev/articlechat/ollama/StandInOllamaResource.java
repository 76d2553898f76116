package dev.articlechat.ollama;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the stand-in Ollama before the app and points the extension's base URL at it. */
public class StandInOllamaResource implements QuarkusTestResourceLifecycleManager {

    private static final StandInOllama OLLAMA = new StandInOllama();

    /** The running stand-in, for tests to script and inspect. */
    public static StandInOllama ollama() {
        return OLLAMA;
    }

    @Override
    public Map<String, String> start() {
        try {
            int port = OLLAMA.start();
            return Map.of("quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalStateException("The stand-in Ollama did not start", e);
        }
    }

    @Override
    public void stop() {
        OLLAMA.stop();
    }
}
