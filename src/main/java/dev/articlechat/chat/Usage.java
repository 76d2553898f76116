package dev.articlechat.chat;

/** Tokens Ollama counted for one answer ({@code prompt_eval_count}, {@code eval_count}); 0 without a model. */
public record Usage(int promptTokens, int answerTokens) {

    public static final Usage NONE = new Usage(0, 0);
}
