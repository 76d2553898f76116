package dev.articlechat.ollama;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Nothing listens where Ollama should be: port 9 (discard) is closed, so the connection is refused at once. */
public class OllamaAbsentProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:9");
    }
}
