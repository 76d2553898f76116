package dev.articlechat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import dev.articlechat.eval.EvalCase;
import dev.articlechat.eval.EvalSet;

/**
 * The evaluation set's two-turn conversations, handed out in turn. Each ask is tagged with a number, so that the
 * stand-in's record of the request that answered it can be found among hundreds at once; the tag's words are not
 * in the article, so it changes neither the passages found nor the sentence the stand-in answers with.
 */
final class Conversations {

    private final List<List<String>> scripts;

    Conversations() {
        try {
            scripts = EvalSet.load(EvalSet.QUESTIONS).stream()
                    .filter(c -> c.category().equals("follow-up"))
                    .map(c -> c.turns().stream().map(EvalCase.EvalTurn::question).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The turns of conversation {@code n}, tagged. */
    List<String> script(int n) {
        List<String> turns = scripts.get(n % scripts.size());
        return java.util.stream.IntStream.range(0, turns.size())
                .mapToObj(t -> tagged(turns.get(t), n, t + 1)).toList();
    }

    static String tagged(String question, int conversation, int turn) {
        return question + " (conversation " + conversation + ", question " + turn + ")";
    }
}
