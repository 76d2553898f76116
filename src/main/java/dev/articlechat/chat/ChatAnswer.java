package dev.articlechat.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A finished answer, as the contract names its fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatAnswer(String conversationId, String answer, List<Citation> citations, Source source, String notice,
        String model, String doneReason, Timings timings, Usage usage) {

    /** Where an answer came from. */
    public enum Source {
        ollama, extractive, none
    }
}
