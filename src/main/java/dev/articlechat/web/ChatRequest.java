package dev.articlechat.web;

/** The body of {@code POST /api/chat}: a question, and the conversation it continues (optional). */
public record ChatRequest(String question, String conversationId) {
}
