package dev.articlechat.ollama;

import java.util.Optional;

/** Whether Ollama answers and has the configured model; {@code fix} is the command that would make it so. */
public record OllamaStatus(String baseUrl, String model, boolean reachable, boolean modelPresent, Optional<String> fix) {

    static OllamaStatus unreachable(String baseUrl, String model) {
        return new OllamaStatus(baseUrl, model, false, false, Optional.of("ollama serve"));
    }

    static OllamaStatus reachable(String baseUrl, String model, boolean modelPresent) {
        return new OllamaStatus(baseUrl, model, true, modelPresent,
                modelPresent ? Optional.empty() : Optional.of("ollama pull " + model));
    }
}
