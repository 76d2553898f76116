package dev.articlechat.eval;

import java.nio.file.Path;
import java.util.Map;

import dev.articlechat.corpus.ContentGuideProfile;
import io.quarkiverse.langchain4j.evaluation.junit5.Evaluate;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A third corpus (18F's content guide), with no model: a development set, written after the third pass on issue 15
 * had begun and tuned on, and a held-out set written before it. Reports in target/eval/18f-content-guide and
 * target/eval/18f-content-guide-held-out.
 */
@QuarkusTest
@Evaluate
@TestProfile(ContentGuideProfile.class)
class ContentGuideEvaluationTest extends CorpusEvaluation {

    /** Floors at what was measured (docs/evaluation.md): they guard against a fall, they are not targets. */
    private static final Map<Path, Map<Metric, Double>> FLOORS = Map.ofEntries(
            Map.entry(EvalSet.CONTENT_GUIDE, Floors.extractive(0.86, 0.43, 0.60, 0.84)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT, Floors.extractive(0.84, 0.62, 0.71, 0.80, 0.33)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_2, Floors.extractive(0.78, 0.68, 0.71, 0.80, 0.33)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_3, Floors.extractive(0.84, 0.62, 0.62, 0.82, 0.66)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_4, Floors.extractive(0.88, 0.67, 0.79, 0.85, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_5, Floors.extractive(0.88, 0.52, 0.64, 0.83, 0.25)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_6, Floors.extractive(0.88, 0.64, 0.76, 0.83, 0.25)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_7, Floors.extractive(0.97, 0.67, 0.79, 0.88, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_8, Floors.extractive(0.97, 0.61, 0.88, 0.83, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_9, Floors.extractive(0.91, 0.67, 0.79, 0.80, 0.75)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_10, Floors.extractive(0.91, 0.73, 0.79, 0.85, 0.75)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_11, Floors.extractive(0.85, 0.52, 0.70, 0.90, 0.25)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_12, Floors.extractive(0.91, 0.61, 0.70, 0.88, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_13, Floors.extractive(0.85, 0.64, 0.76, 0.85, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_14, Floors.extractive(0.91, 0.61, 0.73, 0.85, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_15, Floors.extractive(0.91, 0.67, 0.79, 0.85, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_16, Floors.extractive(0.94, 0.67, 0.79, 0.83, 0.75)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_17, Floors.extractive(0.91, 0.64, 0.82, 0.88, 0.50)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_18, Floors.extractive(0.85, 0.55, 0.67, 0.83, 0.25)),
            Map.entry(EvalSet.CONTENT_GUIDE_HELD_OUT_19, Floors.extractive(0.94, 0.76, 0.82, 0.88, 0.75)));

    @Override
    Map<Path, Map<Metric, Double>> floors() {
        return FLOORS;
    }

    @Override
    String mode() {
        return "no Ollama (extractive answers), third corpus";
    }
}
