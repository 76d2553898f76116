package dev.articlechat.bench;

import java.util.List;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Counts what a chat request sends the model, two ways: whitespace-separated words (what the stand-in reports as
 * {@code prompt_eval_count}) and WordPiece tokens of the all-MiniLM tokenizer (a sub-word count closer to a
 * model's tokens; llama3.2's own tokenizer is not available here).
 */
final class PromptCounter {

    private static final HuggingFaceTokenCountEstimator TOKENS = new HuggingFaceTokenCountEstimator();

    /** Words, sub-word tokens and characters of one request's messages. */
    record Count(int words, int tokens, int chars) {
    }

    private PromptCounter() {
    }

    static Count count(JsonArray messages) {
        int words = 0;
        int tokens = 0;
        int chars = 0;
        for (Object o : messages) {
            String content = ((JsonObject) o).getString("content", "");
            words += content.split("\\s+").length;
            tokens += TOKENS.estimateTokenCountInText(content);
            chars += content.length();
        }
        return new Count(words, tokens, chars);
    }

    /** The request's text as the model reads it, messages in order: what a prompt cache can share. */
    static String text(JsonArray messages) {
        StringBuilder text = new StringBuilder();
        for (Object o : messages) {
            JsonObject message = (JsonObject) o;
            text.append(message.getString("role")).append('\n').append(message.getString("content", "")).append('\n');
        }
        return text.toString();
    }

    /** How much of {@code prompt} (0..1) repeats the start of {@code previous}: what Ollama need not evaluate again. */
    static double sharedPrefix(String previous, String prompt) {
        int n = 0;
        int max = Math.min(previous.length(), prompt.length());
        while (n < max && previous.charAt(n) == prompt.charAt(n)) {
            n++;
        }
        return prompt.isEmpty() ? 0 : n / (double) prompt.length();
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
