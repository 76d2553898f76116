package dev.articlechat.corpus;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app over the Markdown corpus (Ollama's docs) with no Ollama listening (port 9 refuses at once): answers are
 * extractive, so they show what the documents alone give.
 */
public class OllamaDocsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("article-chat.documents", Corpora.OLLAMA_DOCS.toString(),
                "quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:9");
    }
}
