package dev.articlechat.grounding;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One sentence of an answer: {@code answer.substring(start, end)} is the sentence with the {@code [n]} markers that
 * follow it; {@code cites} are those numbers; {@code supported} says whether the cited passages back it, and
 * {@code reason} (only when they do not) says why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentenceSupport(int start, int end, List<Integer> cites, boolean supported, String reason) {

    static SentenceSupport of(int start, int end, List<Integer> cites, String reason) {
        return new SentenceSupport(start, end, cites, reason == null, reason);
    }
}
