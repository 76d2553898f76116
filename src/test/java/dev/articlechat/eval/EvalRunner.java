package dev.articlechat.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.articlechat.chat.AnswerEvent;
import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.ChatService;
import dev.articlechat.chat.Timings;
import dev.articlechat.chat.Usage;
import dev.articlechat.eval.CaseRun.TurnRun;
import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.Passage;

/** Asks a case's questions through the real pipeline, in one conversation, as the WebSocket would. */
final class EvalRunner {

    private final ChatService chat;
    private final ArticleIndex index;
    private final SupportChecker support;
    private final Duration perTurn;

    EvalRunner(ChatService chat, ArticleIndex index, SupportChecker support, Duration perTurn) {
        this.chat = chat;
        this.index = index;
        this.support = support;
        this.perTurn = perTurn;
    }

    CaseRun run(EvalCase evalCase) {
        String conversationId = UUID.randomUUID().toString();
        List<TurnRun> turns = new ArrayList<>();
        for (int i = 0; i < evalCase.turns().size(); i++) {
            EvalCase.EvalTurn turn = evalCase.turns().get(i);
            ChatAnswer answer = ask(conversationId, turn.question());
            List<Passage> retrieved = answer.retrieved().stream().map(id -> index.passage(id).orElseThrow()).toList();
            turns.add(new TurnRun(i, turn, answer, retrieved, CitationQuality.of(answer, support)));
        }
        return new CaseRun(evalCase, turns);
    }

    /** The done answer; a stream that failed mid-answer counts as an empty answer that says why. */
    private ChatAnswer ask(String conversationId, String question) {
        try {
            List<AnswerEvent> events = chat.ask(conversationId, question).events()
                    .collect().asList().await().atMost(perTurn);
            return ((AnswerEvent.Done) events.get(events.size() - 1)).answer();
        } catch (RuntimeException e) {
            return new ChatAnswer(conversationId, "", List.of(), List.of(), ChatAnswer.Source.ollama, e.getMessage(),
                    null, "error", new Timings(0, null, 0, 0), Usage.NONE, List.of(), null);
        }
    }
}
