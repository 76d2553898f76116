package dev.articlechat.corpus;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app over a corpus of the tests with no Ollama listening (port 9 refuses at once): answers are extractive, so
 * they show what the documents alone give.
 */
abstract class ExtractiveCorpusProfile implements QuarkusTestProfile {

    private final Path documents;

    ExtractiveCorpusProfile(Path documents) {
        this.documents = documents;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("article-chat.documents", documents.toString(),
                "quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:9");
    }
}
