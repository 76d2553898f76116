package dev.articlechat.web;

import java.util.List;

/**
 * The body of {@code POST /api/chat}: a question, the conversation it continues (optional), and the documents to
 * look in (optional: all when none are named).
 */
public record ChatRequest(String question, String conversationId, List<String> documents) {
}
