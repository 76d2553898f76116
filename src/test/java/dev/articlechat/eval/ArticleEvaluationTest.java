package dev.articlechat.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.langchain4j.evaluation.junit5.Evaluate;
import io.quarkiverse.langchain4j.evaluation.junit5.ScorerConfiguration;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;
import io.quarkus.logging.Log;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fixed Q&A suite over the running pipeline. In the normal test run it scores the stand-in Ollama and fails
 * the build when a metric falls below its threshold; with {@code -Peval -Deval.model=...} it scores a live Ollama
 * and only reports. Writes {@code target/eval/report.md} and {@code report.json}.
 */
@QuarkusTest
@Evaluate
@WithTestResource(EvalOllamaResource.class)
class ArticleEvaluationTest extends PipelineEvaluation {

    /** Floors for the stand-in run, set from what was measured (docs/evaluation.md); raise them as work improves. */
    private static final Map<Metric, Double> THRESHOLDS = Floors.standIn(1.00, 0.87, 0.91);

    /** Floors for the held-out sets with the stand-in, per file, from their measured figures. */
    private static final Map<String, Map<Metric, Double>> HELD_OUT_FLOORS = Map.ofEntries(
            Map.entry("held-out-1.yaml", Floors.standIn(0.90, 0.53, 0.56)),
            Map.entry("held-out-2.yaml", Floors.standIn(1.00, 0.90, 0.55)),
            Map.entry("held-out-3.yaml", Floors.standIn(0.92, 0.67, 0.81)),
            Map.entry("held-out-4.yaml", Floors.standIn(0.93, 0.66, 0.80)),
            Map.entry("held-out-5.yaml", Floors.standIn(0.93, 0.66, 0.76)),
            Map.entry("held-out-6.yaml", Floors.standIn(0.93, 0.70, 0.78)),
            Map.entry("held-out-7.yaml", Floors.standIn(0.97, 0.72, 0.84)),
            Map.entry("held-out-8.yaml", Floors.standIn(0.88, 0.61, 0.84)),
            Map.entry("held-out-9.yaml", Floors.standIn(0.97, 0.72, 0.82)),
            Map.entry("held-out-10.yaml", Floors.standIn(0.88, 0.63, 0.80)),
            Map.entry("held-out-11.yaml", Floors.standIn(0.91, 0.58, 0.80)),
            Map.entry("held-out-12.yaml", Floors.standIn(0.91, 0.50, 0.82)),
            Map.entry("held-out-13.yaml", Floors.standIn(0.91, 0.83, 0.82)),
            Map.entry("held-out-14.yaml", Floors.standIn(0.94, 0.77, 0.84)),
            Map.entry("held-out-15.yaml", Floors.standIn(0.91, 0.75, 0.82)),
            Map.entry("held-out-16.yaml", Floors.standIn(0.97, 0.72, 0.82)),
            Map.entry("held-out-17.yaml", Floors.standIn(1.00, 0.72, 0.84)),
            Map.entry("held-out-18.yaml", Floors.standIn(0.94, 0.63, 0.84)),
            Map.entry("held-out-19.yaml", Floors.standIn(0.91, 0.75, 0.84)),
            Map.entry("held-out-20.yaml", Floors.standIn(0.94, 0.61, 0.84)),
            Map.entry("held-out-21.yaml", Floors.standIn(0.91, 0.58, 0.82)),
            Map.entry("held-out-22.yaml", Floors.standIn(0.91, 0.75, 0.84)),
            Map.entry("held-out-23.yaml", Floors.standIn(1.00, 0.77, 0.85)),
            // "what was the real game changer that made them so tight?": no passage close enough by meaning nor words
            Map.entry("held-out-24.yaml", Floors.reachingTheModel(0.97, Floors.standIn(0.90, 0.59, 0.83))),
            Map.entry("held-out-25.yaml", Floors.standIn(0.95, 0.84, 0.87)),
            Map.entry("held-out-26.yaml", Floors.standIn(1.00, 0.77, 0.87)),
            Map.entry("held-out-27.yaml", Floors.standIn(1.00, 0.77, 0.87)),
            Map.entry("held-out-28.yaml", Floors.standIn(1.00, 0.81, 0.87)),
            Map.entry("held-out-29.yaml", Floors.standIn(1.00, 0.75, 0.87)));

    @Test
    void theSuiteMeetsItsThresholds(@ScorerConfiguration(concurrency = 1) Scorer scorer) throws Exception {
        if (EvalOllamaResource.live() && !ollamaHasModel()) {
            String why = "No Ollama with the model " + EvalOllamaResource.model() + " answers at "
                    + EvalOllamaResource.url() + ": start it with `ollama serve` and `ollama pull "
                    + EvalOllamaResource.model() + "` (or set -Deval.ollama-url). Evaluation skipped.";
            Log.warn(why);
            assumeTrue(false, why);
        }
        String mode = EvalOllamaResource.live() ? "live Ollama, model " + EvalOllamaResource.model()
                : "stand-in Ollama";
        Path reportDir = Path.of("target/eval");
        EvalReport report = score(scorer, EvalSet.QUESTIONS, mode,
                Duration.ofMinutes(EvalOllamaResource.live() ? 10 : 1), reportDir);
        if (!EvalOllamaResource.live()) {
            EvalSuite.assertThresholds(report, THRESHOLDS, reportDir);
        }
    }

    /**
     * The held-out sets, scored like the suite; their floors guard what was measured on them (docs/evaluation.md).
     * Every set is scored and reported before any failure is, so that one set below its floors does not hide the
     * others.
     */
    @Test
    void theHeldOutSetsMeetTheirFloors(@ScorerConfiguration(concurrency = 1) Scorer scorer) {
        assumeTrue(!EvalOllamaResource.live() || ollamaHasModel(), "No Ollama with the model: see the suite's message");
        String mode = EvalOllamaResource.live() ? "live Ollama, model " + EvalOllamaResource.model()
                : "stand-in Ollama";
        assertAll(EvalSet.HELD_OUT.stream().map(set -> () -> {
            Path reportDir = Path.of("target/eval", EvalSet.name(set));
            EvalReport report = score(scorer, set, mode,
                    Duration.ofMinutes(EvalOllamaResource.live() ? 10 : 1), reportDir);
            if (!EvalOllamaResource.live()) {
                EvalSuite.assertThresholds(report, HELD_OUT_FLOORS.get(set.getFileName().toString()), reportDir);
            }
        }));
    }

    private static boolean ollamaHasModel() {
        try {
            HttpResponse<String> tags = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(EvalOllamaResource.url() + "/api/tags"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            String model = EvalOllamaResource.model();
            String name = model.contains(":") ? model : model + ":";
            return tags.statusCode() == 200 && tags.body().contains("\"" + name);
        } catch (Exception e) {
            return false;
        }
    }
}
