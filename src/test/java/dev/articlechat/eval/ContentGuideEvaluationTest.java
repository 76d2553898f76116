package dev.articlechat.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.ContentGuideProfile;
import io.quarkiverse.langchain4j.evaluation.junit5.Evaluate;
import io.quarkiverse.langchain4j.evaluation.junit5.ScorerConfiguration;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A third corpus nobody tuned on (18F's content guide), with no model. It has only a held-out set: it says how the
 * rules made on the other two corpora hold on documents of another kind. Report in target/eval/18f-content-guide-held-out.
 */
@QuarkusTest
@Evaluate
@TestProfile(ContentGuideProfile.class)
class ContentGuideEvaluationTest extends PipelineEvaluation {

    /** Floors at what was measured (docs/evaluation.md): they guard against a fall, they are not targets. */
    private static final Map<Metric, Double> FLOORS = Map.of();

    @Test
    void theHeldOutSetWithoutAModelMeetsItsFloors(@ScorerConfiguration(concurrency = 1) Scorer scorer)
            throws Exception {
        Path set = EvalSet.CONTENT_GUIDE_HELD_OUT;
        Path reportDir = Path.of("target/eval", set.getFileName().toString().replace(".yaml", ""));
        EvalReport report = score(scorer, set, "no Ollama (extractive answers), third corpus",
                Duration.ofMinutes(1), reportDir);
        EvalSuite.assertThresholds(report, FLOORS, reportDir);
    }
}
