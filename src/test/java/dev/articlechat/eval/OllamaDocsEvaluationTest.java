package dev.articlechat.eval;

import java.nio.file.Path;
import java.util.Map;

import dev.articlechat.corpus.OllamaDocsProfile;
import io.quarkiverse.langchain4j.evaluation.junit5.Evaluate;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Markdown corpus's sets with no model: retrieval, extractive answers, citations, refusals, follow-ups, from
 * the documents alone. Reports in target/eval/ollama-docs and target/eval/ollama-docs-held-out.
 */
@QuarkusTest
@Evaluate
@TestProfile(OllamaDocsProfile.class)
class OllamaDocsEvaluationTest extends CorpusEvaluation {

    /** Floors at what was measured (docs/evaluation.md): they guard against a fall, they are not targets. */
    private static final Map<Path, Map<Metric, Double>> FLOORS = Map.of(
            EvalSet.OLLAMA_DOCS, Map.of(Metric.RECALL_AT_K, 0.91, Metric.FACTS, 0.86, Metric.CITATIONS, 0.88,
                    Metric.REFUSALS, 0.95, Metric.FOLLOW_UPS, 1.00, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT, Map.of(Metric.RECALL_AT_K, 0.89, Metric.FACTS, 0.75, Metric.CITATIONS, 0.82,
                    Metric.REFUSALS, 0.88, Metric.FOLLOW_UPS, 0.66, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_2, Map.of(Metric.RECALL_AT_K, 0.93, Metric.FACTS, 0.71, Metric.CITATIONS, 0.81,
                    Metric.REFUSALS, 0.90, Metric.FOLLOW_UPS, 1.00, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_3, Map.of(Metric.RECALL_AT_K, 0.83, Metric.FACTS, 0.52, Metric.CITATIONS, 0.72,
                    Metric.REFUSALS, 0.86, Metric.FOLLOW_UPS, 0.25, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_4, Map.of(Metric.RECALL_AT_K, 0.88, Metric.FACTS, 0.69, Metric.CITATIONS, 0.80,
                    Metric.REFUSALS, 0.84, Metric.FOLLOW_UPS, 0.75, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_5, Map.of(Metric.RECALL_AT_K, 0.80, Metric.FACTS, 0.52, Metric.CITATIONS, 0.77,
                    Metric.REFUSALS, 0.86, Metric.FOLLOW_UPS, 0.25, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_6, Map.of(Metric.RECALL_AT_K, 0.94, Metric.FACTS, 0.69, Metric.CITATIONS, 0.88,
                    Metric.REFUSALS, 0.84, Metric.FOLLOW_UPS, 0.25, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00),
            EvalSet.OLLAMA_DOCS_HELD_OUT_7, Map.of(Metric.RECALL_AT_K, 0.91, Metric.FACTS, 0.77, Metric.CITATIONS, 0.86,
                    Metric.REFUSALS, 0.86, Metric.FOLLOW_UPS, 1.00, Metric.ALCE_RECALL, 1.00,
                    Metric.ALCE_PRECISION, 1.00));

    @Override
    Map<Path, Map<Metric, Double>> floors() {
        return FLOORS;
    }

    @Override
    String mode() {
        return "no Ollama (extractive answers), Markdown corpus";
    }
}
