package dev.articlechat.eval;

import java.util.Map;

import dev.articlechat.ollama.StandInOllamaResource;

/**
 * The Ollama the evaluation runs against: a live one when {@code -Deval.model=...} is given (at
 * {@code -Deval.ollama-url}, default {@code http://localhost:11434}), else the stand-in.
 */
public class EvalOllamaResource extends StandInOllamaResource {

    static String model() {
        return System.getProperty("eval.model", "");
    }

    static boolean live() {
        return !model().isBlank();
    }

    static String url() {
        return System.getProperty("eval.ollama-url", "http://localhost:11434");
    }

    @Override
    public Map<String, String> start() {
        if (!live()) {
            return super.start();
        }
        return Map.of("quarkus.langchain4j.ollama.base-url", url(),
                "quarkus.langchain4j.ollama.chat-model.model-id", model(),
                // a CPU model: minutes to load and answer are normal
                "quarkus.langchain4j.ollama.timeout", "300s",
                "article-chat.ollama.idle-timeout", "120s");
    }

    @Override
    public void stop() {
        if (!live()) {
            super.stop();
        }
    }
}
