package dev.articlechat.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.SentenceSupport;

/**
 * A finished answer, as the contract names its fields; {@code support} holds every sentence of {@code answer} and
 * whether its cited passages back it (empty for a refusal); {@code retrieved} adds the ids of the passages offered
 * to the model, best first (what {@code [1]..[k]} referred to); {@code thinking}, the reasoning a model sent although
 * asked not to think, kept out of {@code answer} and its citations (absent when there was none); {@code turn}, the
 * answer's index in its conversation's transcript (from 0), which export and feedback name it by (absent until it
 * is recorded).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatAnswer(String conversationId, String answer, List<Citation> citations, List<SentenceSupport> support,
        Source source, String notice, String model, String doneReason, Timings timings, Usage usage,
        List<String> retrieved, String thinking, Integer turn) {

    /** An answer not yet recorded in its conversation's transcript. */
    public ChatAnswer(String conversationId, String answer, List<Citation> citations, List<SentenceSupport> support,
            Source source, String notice, String model, String doneReason, Timings timings, Usage usage,
            List<String> retrieved, String thinking) {
        this(conversationId, answer, citations, support, source, notice, model, doneReason, timings, usage, retrieved,
                thinking, null);
    }

    /** This answer, recorded as turn {@code index} of its conversation. */
    public ChatAnswer withTurn(int index) {
        return new ChatAnswer(conversationId, answer, citations, support, source, notice, model, doneReason, timings,
                usage, retrieved, thinking, index);
    }

    /** Where an answer came from. */
    public enum Source {
        ollama, extractive, none
    }
}
