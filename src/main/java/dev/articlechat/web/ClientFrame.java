package dev.articlechat.web;

import java.util.List;

/**
 * A frame a client sends on {@code /ws/chat}: {@code {"type": "ask", "id": "1", "question": "...",
 * "conversationId": "optional", "documents": ["optional"]}} or {@code {"type": "stop", "id": "1"}}. The id is the
 * client's to choose: a string, or a number taken as its text.
 */
public record ClientFrame(String type, Object id, String question, String conversationId, List<String> documents) {

    /** The ask this frame names, or null when its id is missing or neither a string nor a number. */
    public String askId() {
        return id instanceof String || id instanceof Number ? id.toString() : null;
    }

    /** What a field must hold, for the error frame of a frame that could not be read. */
    static String expected(String field) {
        return switch (field) {
            case "documents" -> "'documents' must be a list of document names, such as [\"faq.md\"]";
            case "type", "question", "conversationId" -> "'" + field + "' must be a string";
            default -> "'" + field + "' is not understood";
        };
    }
}
