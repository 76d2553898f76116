package dev.articlechat.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkiverse.langchain4j.testing.evaluation.EvaluationResult;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationSample;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationStrategy;

/**
 * One {@link Metric} as the extension's evaluation strategy: a case passes when every turn the metric applies to
 * passes; its score is the share of those turns that do. A case the metric does not apply to passes with no score
 * of its own ({@code applies=false} in the metadata).
 */
public record MetricStrategy(Metric metric) implements EvaluationStrategy<CaseRun> {

    @Override
    public EvaluationResult evaluate(EvaluationSample<CaseRun> sample, CaseRun run) {
        List<Boolean> checks = run.turns().stream().map(metric::check).flatMap(Optional::stream).toList();
        if (checks.isEmpty()) {
            return EvaluationResult.passed(1.0).withMetadata(Map.of("metric", metric.label(), "applies", false));
        }
        long passed = checks.stream().filter(Boolean::booleanValue).count();
        double score = (double) passed / checks.size();
        EvaluationResult result = passed == checks.size() ? EvaluationResult.passed(score)
                : EvaluationResult.failed(score, metric.label() + ": " + passed + "/" + checks.size() + " turns");
        return result.withMetadata(Map.of("metric", metric.label(), "applies", true));
    }
}
