package dev.articlechat.eval;

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

    /**
     * Floors at what was measured (docs/evaluation.md): they guard against a fall, they are not targets. One set keeps
     * an answerable question from the model at the topic gate, nothing close enough by meaning nor by words:
     * held-out-9 ("can we say we are \"tacklng the backlog\""). Held-out-21's two reach it now: "can i ever say
     * leverage?" since "ever", which the guide says as "never", counts neither way, and "how big a discount does that
     * sample bridal email promise?" since the guide's HTML tables are read. Held-out-19's ("whats wrong w/ calling our
     * portal a \"one-stop shop\"?") reaches it since "whats" and "w/" are no salient words.
     */
    private static final Map<String, Map<Metric, Double>> FLOORS = Map.ofEntries(
            Map.entry("18f-content-guide.yaml", Floors.extractive(0.86, 0.43, 0.60, 0.86)),
            Map.entry("18f-content-guide-held-out.yaml", Floors.extractive(0.84, 0.62, 0.71, 0.87, 0.33)),
            Map.entry("18f-content-guide-held-out-2.yaml", Floors.extractive(0.78, 0.68, 0.71, 0.82, 0.33)),
            Map.entry("18f-content-guide-held-out-3.yaml", Floors.extractive(0.84, 0.62, 0.62, 0.87, 0.66)),
            Map.entry("18f-content-guide-held-out-4.yaml", Floors.extractive(0.88, 0.67, 0.79, 0.85, 0.50)),
            Map.entry("18f-content-guide-held-out-5.yaml", Floors.extractive(0.88, 0.52, 0.64, 0.88, 0.25)),
            Map.entry("18f-content-guide-held-out-6.yaml", Floors.extractive(0.88, 0.64, 0.76, 0.83, 0.25)),
            Map.entry("18f-content-guide-held-out-7.yaml", Floors.extractive(0.97, 0.67, 0.79, 0.88, 0.50)),
            Map.entry("18f-content-guide-held-out-8.yaml", Floors.extractive(0.97, 0.61, 0.88, 0.83, 0.50)),
            Map.entry("18f-content-guide-held-out-9.yaml",
                    Floors.reachingTheModel(0.97, Floors.extractive(0.91, 0.67, 0.79, 0.85, 0.75))),
            Map.entry("18f-content-guide-held-out-10.yaml", Floors.extractive(0.91, 0.73, 0.79, 0.85, 0.75)),
            Map.entry("18f-content-guide-held-out-11.yaml", Floors.extractive(0.82, 0.55, 0.70, 0.88, 0.25)),
            Map.entry("18f-content-guide-held-out-12.yaml", Floors.extractive(0.94, 0.64, 0.73, 0.85, 0.50)),
            Map.entry("18f-content-guide-held-out-13.yaml", Floors.extractive(0.85, 0.64, 0.76, 0.85, 0.50)),
            Map.entry("18f-content-guide-held-out-14.yaml", Floors.extractive(0.91, 0.61, 0.73, 0.85, 0.50)),
            Map.entry("18f-content-guide-held-out-15.yaml", Floors.extractive(0.91, 0.67, 0.79, 0.88, 0.50)),
            Map.entry("18f-content-guide-held-out-16.yaml", Floors.extractive(0.94, 0.67, 0.79, 0.85, 0.75)),
            Map.entry("18f-content-guide-held-out-17.yaml", Floors.extractive(0.91, 0.64, 0.82, 0.88, 0.50)),
            Map.entry("18f-content-guide-held-out-18.yaml", Floors.extractive(0.85, 0.55, 0.67, 0.83, 0.25)),
            Map.entry("18f-content-guide-held-out-19.yaml", Floors.extractive(0.94, 0.76, 0.82, 0.90, 0.75)),
            Map.entry("18f-content-guide-held-out-20.yaml", Floors.extractive(0.90, 0.64, 0.69, 0.88, 0.50)),
            Map.entry("18f-content-guide-held-out-21.yaml", Floors.extractive(0.95, 0.73, 0.83, 0.94, 0.75)),
            Map.entry("18f-content-guide-held-out-22.yaml", Floors.extractive(0.95, 0.76, 0.85, 0.92, 0.25)),
            Map.entry("18f-content-guide-held-out-23.yaml", Floors.extractive(0.92, 0.83, 0.88, 0.90, 1.00)),
            Map.entry("18f-content-guide-held-out-24.yaml", Floors.extractive(0.97, 0.78, 0.90, 0.90, 0.50)),
            Map.entry("18f-content-guide-held-out-25.yaml", Floors.extractive(1.00, 0.83, 0.85, 0.92, 0.75)),
            Map.entry("18f-content-guide-held-out-26.yaml",
                    Floors.reachingTheModel(0.97, Floors.extractive(0.92, 0.64, 0.71, 0.86, 0.75))));

    @Override
    String corpus() {
        return "18f-content-guide";
    }

    @Override
    Map<String, Map<Metric, Double>> floors() {
        return FLOORS;
    }

    @Override
    String mode() {
        return "no Ollama (extractive answers), third corpus";
    }
}
