package dev.articlechat.feedback;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.SentenceSupport;

/**
 * One rating of one answer, as a line of {@code feedback.jsonl}: enough to judge the answer without the server
 * (which forgets conversations): the question, the questions before it (a follow-up makes sense only after them),
 * the answer with its citations and each sentence's support, and who answered. {@code comment} is absent when none
 * was given; {@code timestamp} is ISO-8601 in UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackRecord(String timestamp, String conversationId, int turn, String rating, String comment,
        String question, List<String> earlierQuestions, String answer, List<Citation> citations,
        List<SentenceSupport> support, ChatAnswer.Source source, String model, String doneReason) {
}
