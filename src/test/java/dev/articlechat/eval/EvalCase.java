package dev.articlechat.eval;

import java.util.List;

/** One conversation of the evaluation set: its turns, asked in order on one conversation. */
public record EvalCase(String name, String category, List<EvalTurn> turns) {

    /** One question and what a right answer to it must have. */
    public record EvalTurn(String question, List<String> facts, String evidence, boolean answerable) {
    }
}
