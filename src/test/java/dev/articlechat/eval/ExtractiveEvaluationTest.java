package dev.articlechat.eval;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.OllamaAbsentProfile;
import io.quarkiverse.langchain4j.evaluation.junit5.Evaluate;
import io.quarkiverse.langchain4j.evaluation.junit5.ScorerConfiguration;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The suite with no Ollama at all: every answer is built from the article alone. Report in target/eval/extractive. */
@QuarkusTest
@Evaluate
@TestProfile(OllamaAbsentProfile.class)
class ExtractiveEvaluationTest extends PipelineEvaluation {

    /** Floors set from what was measured (docs/evaluation.md). */
    private static final Map<Metric, Double> THRESHOLDS = Map.of(
            Metric.RECALL_AT_K, 1.00,
            Metric.FACTS, 0.91,
            Metric.CITATIONS, 0.97,
            Metric.REFUSALS, 0.94,
            Metric.FOLLOW_UPS, 1.00,
            Metric.ALCE_RECALL, 1.00,
            Metric.ALCE_PRECISION, 1.00,
            Metric.REACHED_MODEL, 1.00);

    /** Floors for the held-out sets, per file, from their measured figures. */
    private static final Map<String, Map<Metric, Double>> HELD_OUT_FLOORS = Map.ofEntries(
            Map.entry("held-out-1.yaml", Floors.extractive(0.90, 0.60, 0.86, 0.65)),
            Map.entry("held-out-2.yaml", Floors.extractive(1.00, 0.80, 0.96, 0.61)),
            Map.entry("held-out-3.yaml", Floors.extractive(0.92, 0.78, 0.85, 0.86)),
            Map.entry("held-out-4.yaml", Floors.extractive(0.93, 0.60, 0.83, 0.90)),
            Map.entry("held-out-5.yaml", Floors.extractive(0.93, 0.76, 0.86, 0.78)),
            Map.entry("held-out-6.yaml", Floors.extractive(0.93, 0.73, 0.83, 0.80)),
            Map.entry("held-out-7.yaml", Floors.extractive(0.97, 0.75, 0.83, 0.86, 1.00)),
            Map.entry("held-out-8.yaml", Floors.extractive(0.88, 0.75, 0.86, 0.84, 0.75)),
            Map.entry("held-out-9.yaml", Floors.extractive(0.97, 0.72, 0.91, 0.82, 1.00)),
            Map.entry("held-out-10.yaml", Floors.extractive(0.88, 0.77, 0.83, 0.89, 1.00)),
            Map.entry("held-out-11.yaml", Floors.extractive(0.91, 0.77, 0.86, 0.80, 1.00)),
            Map.entry("held-out-12.yaml", Floors.extractive(0.91, 0.75, 0.83, 0.82, 0.75)),
            Map.entry("held-out-13.yaml", Floors.extractive(0.91, 0.83, 0.88, 0.84, 1.00)),
            Map.entry("held-out-14.yaml", Floors.extractive(0.94, 0.75, 0.86, 0.84, 0.75)),
            Map.entry("held-out-15.yaml", Floors.extractive(0.91, 0.72, 0.80, 0.84, 0.75)),
            Map.entry("held-out-16.yaml", Floors.extractive(0.97, 0.83, 0.94, 0.82, 1.00)),
            Map.entry("held-out-17.yaml", Floors.extractive(1.00, 0.80, 0.91, 0.86, 0.75)),
            Map.entry("held-out-18.yaml", Floors.extractive(0.94, 0.86, 0.88, 0.84, 0.75)),
            Map.entry("held-out-19.yaml", Floors.extractive(0.91, 0.83, 0.88, 0.84, 1.00)),
            Map.entry("held-out-20.yaml", Floors.extractive(0.94, 0.88, 0.91, 0.84, 1.00)),
            Map.entry("held-out-21.yaml", Floors.extractive(0.91, 0.80, 0.86, 0.86, 1.00)),
            Map.entry("held-out-22.yaml", Floors.extractive(0.91, 0.86, 0.91, 0.89, 1.00)),
            Map.entry("held-out-23.yaml", Floors.extractive(1.00, 0.88, 0.93, 0.92, 1.00)),
            // one question kept from the model by the topic gate, as in ArticleEvaluationTest
            Map.entry("held-out-24.yaml",
                    Floors.reachingTheModel(0.97, Floors.extractive(0.90, 0.77, 0.84, 0.88, 1.00))),
            Map.entry("held-out-25.yaml", Floors.extractive(0.95, 0.84, 0.90, 0.87, 1.00)),
            Map.entry("held-out-26.yaml", Floors.extractive(1.00, 0.90, 0.95, 0.88, 1.00)),
            Map.entry("held-out-27.yaml", Floors.extractive(1.00, 0.88, 0.93, 0.87, 1.00)),
            Map.entry("held-out-28.yaml", Floors.extractive(1.00, 0.90, 0.97, 0.90, 1.00)),
            Map.entry("held-out-29.yaml", Floors.extractive(1.00, 0.90, 0.93, 0.88, 1.00)));

    @Test
    void theSuiteWithoutAModelMeetsItsThresholds(@ScorerConfiguration(concurrency = 1) Scorer scorer)
            throws Exception {
        Path reportDir = Path.of("target/eval/extractive");
        EvalReport report = score(scorer, EvalSet.QUESTIONS,
                "no Ollama (extractive answers)", Duration.ofMinutes(1), reportDir);
        EvalSuite.assertThresholds(report, THRESHOLDS, reportDir);
    }

    /**
     * The held-out sets without a model; their floors guard what was measured on them (docs/evaluation.md). Every set
     * is scored and reported before any failure is, so that one set below its floors does not hide the others.
     */
    @Test
    void theHeldOutSetsWithoutAModelMeetTheirFloors(@ScorerConfiguration(concurrency = 1) Scorer scorer) {
        assertAll(EvalSet.HELD_OUT.stream().map(set -> () -> {
            Path reportDir = Path.of("target/eval/extractive", EvalSet.name(set));
            EvalReport report = score(scorer, set, "no Ollama (extractive answers)",
                    Duration.ofMinutes(1), reportDir);
            EvalSuite.assertThresholds(report, HELD_OUT_FLOORS.get(set.getFileName().toString()), reportDir);
        }));
    }
}
