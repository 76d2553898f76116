package dev.articlechat.web;

import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/** The rules a question must meet before any work is spent on it. */
@Singleton
public class QuestionValidator {

    /** Control characters other than line breaks and tabs, and unpaired surrogates. */
    private static final Pattern UNREADABLE = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Cs}");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");

    private final int maxLength;

    public QuestionValidator(ArticleChatConfig config) {
        this.maxLength = config.chat().maxQuestionLength();
    }

    /** {@code text} without what no reader typed (see {@link #valid}), and without white space at its ends. */
    public static String readable(String text) {
        return UNREADABLE.matcher(text).replaceAll("").strip();
    }

    /**
     * The question, stripped of what no reader typed (control characters but line breaks and tabs, and halves of
     * surrogate pairs, which JSON can carry and no tokenizer can read); an {@link ApiException} 400 when it is
     * missing, blank, too long, or has no letter or digit ("???", an emoji alone).
     */
    public String valid(String question, String name) {
        if (question == null || question.isBlank()) {
            throw new ApiException(400, "'" + name + "' is required and must not be blank");
        }
        String stripped = readable(question);
        if (stripped.length() > maxLength) {
            throw new ApiException(400, "'" + name + "' is " + stripped.length() + " characters long; the limit is "
                    + maxLength);
        }
        if (!WORDS.matcher(stripped).find()) {
            throw new ApiException(400, "'" + name + "' has no words to look for: ask in words, such as "
                    + "\"When was the treaty signed?\"");
        }
        return stripped;
    }
}
