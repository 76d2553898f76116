package dev.articlechat.web;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/** The rules a question must meet before any work is spent on it. */
@Singleton
public class QuestionValidator {

    private final int maxLength;

    public QuestionValidator(ArticleChatConfig config) {
        this.maxLength = config.chat().maxQuestionLength();
    }

    /** The question, stripped; an {@link ApiException} 400 when it is missing, blank or too long. */
    public String valid(String question, String name) {
        if (question == null || question.isBlank()) {
            throw new ApiException(400, "'" + name + "' is required and must not be blank");
        }
        String stripped = question.strip();
        if (stripped.length() > maxLength) {
            throw new ApiException(400, "'" + name + "' is " + stripped.length() + " characters long; the limit is "
                    + maxLength);
        }
        return stripped;
    }
}
