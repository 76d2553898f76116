package dev.articlechat.eval;

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
    private static final Map<String, Map<Metric, Double>> FLOORS = Map.ofEntries(
            Map.entry("ollama-docs.yaml", Floors.extractive(0.91, 0.83, 0.86, 0.95, 0.66)),
            Map.entry("ollama-docs-held-out.yaml", Floors.extractive(0.89, 0.75, 0.78, 0.88, 0.66)),
            Map.entry("ollama-docs-held-out-2.yaml", Floors.extractive(0.93, 0.71, 0.78, 0.85, 0.66)),
            Map.entry("ollama-docs-held-out-3.yaml", Floors.extractive(0.83, 0.52, 0.72, 0.86, 0.25)),
            Map.entry("ollama-docs-held-out-4.yaml", Floors.extractive(0.88, 0.69, 0.80, 0.86, 0.75)),
            Map.entry("ollama-docs-held-out-5.yaml", Floors.extractive(0.80, 0.52, 0.72, 0.86, 0.25)),
            Map.entry("ollama-docs-held-out-6.yaml", Floors.extractive(0.94, 0.69, 0.86, 0.86, 0.25)),
            Map.entry("ollama-docs-held-out-7.yaml", Floors.extractive(0.91, 0.75, 0.83, 0.86, 0.75)),
            Map.entry("ollama-docs-held-out-8.yaml", Floors.extractive(0.86, 0.75, 0.77, 0.86, 1.00)),
            Map.entry("ollama-docs-held-out-9.yaml", Floors.extractive(0.88, 0.66, 0.69, 0.89, 0.75)),
            Map.entry("ollama-docs-held-out-10.yaml", Floors.extractive(0.88, 0.72, 0.86, 0.86, 0.50)),
            Map.entry("ollama-docs-held-out-11.yaml", Floors.extractive(0.88, 0.61, 0.80, 0.91, 0.75)),
            Map.entry("ollama-docs-held-out-12.yaml", Floors.extractive(0.91, 0.75, 0.86, 0.86, 0.75)),
            Map.entry("ollama-docs-held-out-13.yaml", Floors.extractive(0.88, 0.63, 0.83, 0.89, 1.00)),
            Map.entry("ollama-docs-held-out-14.yaml", Floors.extractive(0.83, 0.69, 0.77, 0.86, 0.50)),
            Map.entry("ollama-docs-held-out-15.yaml", Floors.extractive(0.88, 0.66, 0.75, 0.89, 0.50)),
            Map.entry("ollama-docs-held-out-16.yaml", Floors.extractive(0.88, 0.77, 0.86, 0.86, 0.75)),
            Map.entry("ollama-docs-held-out-17.yaml", Floors.extractive(0.86, 0.52, 0.77, 0.86, 0.50)),
            Map.entry("ollama-docs-held-out-18.yaml", Floors.extractive(0.88, 0.63, 0.72, 0.86, 0.25)),
            Map.entry("ollama-docs-held-out-19.yaml", Floors.extractive(0.88, 0.55, 0.72, 0.89, 0.50)),
            Map.entry("ollama-docs-held-out-20.yaml", Floors.extractive(0.91, 0.72, 0.86, 0.89, 0.50)),
            Map.entry("ollama-docs-held-out-21.yaml", Floors.extractive(0.97, 0.86, 0.94, 0.86, 1.00)),
            Map.entry("ollama-docs-held-out-22.yaml", Floors.extractive(0.97, 0.75, 0.86, 0.89, 0.25)),
            Map.entry("ollama-docs-held-out-23.yaml", Floors.extractive(0.97, 0.77, 0.88, 0.90, 0.50)),
            Map.entry("ollama-docs-held-out-24.yaml", Floors.extractive(0.93, 0.68, 0.72, 0.90, 0.50)),
            Map.entry("ollama-docs-held-out-25.yaml", Floors.extractive(0.95, 0.72, 0.86, 0.90, 1.00)),
            Map.entry("ollama-docs-held-out-26.yaml", Floors.extractive(1.00, 0.90, 0.93, 0.92, 1.00)),
            Map.entry("ollama-docs-held-out-27.yaml", Floors.extractive(1.00, 0.90, 0.93, 0.88, 0.75)),
            Map.entry("ollama-docs-held-out-28.yaml", Floors.extractive(0.95, 0.86, 0.90, 0.90, 1.00)),
            Map.entry("ollama-docs-held-out-29.yaml", Floors.extractive(0.97, 0.88, 0.93, 0.90, 1.00)));

    @Override
    String corpus() {
        return "ollama-docs";
    }

    @Override
    Map<String, Map<Metric, Double>> floors() {
        return FLOORS;
    }

    @Override
    String mode() {
        return "no Ollama (extractive answers), Markdown corpus";
    }
}
