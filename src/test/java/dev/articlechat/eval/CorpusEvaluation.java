package dev.articlechat.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkiverse.langchain4j.evaluation.junit5.ScorerConfiguration;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;

/**
 * A corpus's sets scored with no model, one test per set (a set below its floors does not keep the others from being
 * scored): subclasses give the sets with their floors and a profile serving the corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorpusEvaluation extends PipelineEvaluation {

    /** The corpus's name in its sets' files: "ollama-docs" for ollama-docs.yaml and ollama-docs-held-out-N.yaml. */
    abstract String corpus();

    /** Each set's floors by file name, at what it measured (docs/evaluation.md): they guard a fall, not targets. */
    abstract Map<String, Map<Metric, Double>> floors();

    /** How the reports name the run ("no Ollama (extractive answers), third corpus"). */
    abstract String mode();

    Stream<Path> sets() {
        return EvalSet.of(corpus()).stream();
    }

    /** Reports in target/eval/&lt;set&gt;; held-out sets were scored once before their pass and once after. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void eachSetWithoutAModelMeetsItsFloors(Path set, @ScorerConfiguration(concurrency = 1) Scorer scorer)
            throws Exception {
        scoreAgainstFloors(scorer, set, mode(), floors().get(set.getFileName().toString()));
    }
}
