package dev.articlechat.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import dev.articlechat.chat.ChatService;
import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ingest.ArticleIndex;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;

/** An evaluation test over the running pipeline: subclasses are {@code @QuarkusTest @Evaluate} with their profile. */
abstract class PipelineEvaluation {

    @Inject
    ChatService chat;

    @Inject
    ArticleIndex index;

    @Inject
    SupportChecker support;

    /** Scores a set through the pipeline and writes its report in {@code reportDir}. */
    EvalReport score(Scorer scorer, Path set, String mode, Duration perTurn, Path reportDir) throws IOException {
        return EvalSuite.run(scorer, chat, index, support, set, mode, perTurn, reportDir);
    }

    /** Scores a set without a model, its report in target/eval/<set name>, and fails below its floors. */
    void scoreAgainstFloors(Scorer scorer, Path set, String mode, Map<Metric, Double> floors) throws IOException {
        Path reportDir = Path.of("target/eval", EvalSet.name(set));
        EvalReport report = score(scorer, set, mode, Duration.ofMinutes(1), reportDir);
        EvalSuite.assertThresholds(report, floors, reportDir);
    }
}
