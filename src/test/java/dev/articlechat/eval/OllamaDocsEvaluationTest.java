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
    private static final Map<Path, Map<Metric, Double>> FLOORS = Map.ofEntries(
            Map.entry(EvalSet.OLLAMA_DOCS, Floors.extractive(0.91, 0.83, 0.86, 0.95, 0.66)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT, Floors.extractive(0.89, 0.75, 0.78, 0.86, 0.66)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_2, Floors.extractive(0.93, 0.71, 0.78, 0.85, 0.66)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_3, Floors.extractive(0.83, 0.52, 0.72, 0.86, 0.25)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_4, Floors.extractive(0.88, 0.69, 0.80, 0.84, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_5, Floors.extractive(0.80, 0.52, 0.72, 0.86, 0.25)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_6, Floors.extractive(0.94, 0.69, 0.86, 0.84, 0.25)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_7, Floors.extractive(0.91, 0.75, 0.83, 0.86, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_8, Floors.extractive(0.86, 0.75, 0.77, 0.86, 1.00)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_9, Floors.extractive(0.88, 0.66, 0.69, 0.86, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_10, Floors.extractive(0.88, 0.72, 0.86, 0.86, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_11, Floors.extractive(0.88, 0.61, 0.80, 0.86, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_12, Floors.extractive(0.91, 0.75, 0.86, 0.84, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_13, Floors.extractive(0.88, 0.63, 0.83, 0.86, 1.00)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_14, Floors.extractive(0.83, 0.69, 0.77, 0.84, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_15, Floors.extractive(0.88, 0.66, 0.75, 0.89, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_16, Floors.extractive(0.88, 0.77, 0.86, 0.86, 0.75)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_17, Floors.extractive(0.86, 0.52, 0.77, 0.86, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_18, Floors.extractive(0.88, 0.63, 0.72, 0.86, 0.25)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_19, Floors.extractive(0.88, 0.55, 0.72, 0.86, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_20, Floors.extractive(0.91, 0.72, 0.86, 0.89, 0.50)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_21, Floors.extractive(0.97, 0.86, 0.94, 0.86, 1.00)),
            Map.entry(EvalSet.OLLAMA_DOCS_HELD_OUT_22, Floors.extractive(0.97, 0.75, 0.86, 0.86, 0.25)));

    @Override
    Map<Path, Map<Metric, Double>> floors() {
        return FLOORS;
    }

    @Override
    String mode() {
        return "no Ollama (extractive answers), Markdown corpus";
    }
}
