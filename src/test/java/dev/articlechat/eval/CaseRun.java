package dev.articlechat.eval;

import java.util.List;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.ingest.Passage;

/** What the pipeline did with one case: each turn's answer and the passages it retrieved. */
public record CaseRun(EvalCase evalCase, List<TurnRun> turns) {

    /** One turn: {@code index} 0 is the first question of the conversation. */
    public record TurnRun(int index, EvalCase.EvalTurn expected, ChatAnswer answer, List<Passage> retrieved,
            CitationQuality citationQuality) {

        public boolean followUp() {
            return index > 0;
        }
    }
}
