package dev.articlechat.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.articlechat.eval.EvalReport.Tally;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationResult;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationSample;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationStrategy;

/**
 * One {@link Metric} as the extension's evaluation strategy: a case passes when every turn the metric applies to
 * passes; its score is the share of what the metric counts (turns, or sentences and citations) that pass. A case the metric does not apply to passes with no score
 * of its own ({@code applies=false} in the metadata).
 */
public record MetricStrategy(Metric metric) implements EvaluationStrategy<CaseRun> {

    @Override
    public EvaluationResult evaluate(EvaluationSample<CaseRun> sample, CaseRun run) {
        List<Tally> counts = run.turns().stream().map(metric::count).flatMap(Optional::stream).toList();
        if (counts.isEmpty()) {
            return EvaluationResult.passed(1.0).withMetadata(Map.of("metric", metric.label(), "applies", false));
        }
        Tally tally = Tally.sum(counts);
        EvaluationResult result = tally.all() ? EvaluationResult.passed(tally.rate())
                : EvaluationResult.failed(tally.rate(), metric.label() + ": " + tally.passed() + "/" + tally.total());
        return result.withMetadata(Map.of("metric", metric.label(), "applies", true));
    }
}
