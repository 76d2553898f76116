package dev.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.articlechat.chat.ChatService;
import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ingest.ArticleIndex;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationReport;
import io.quarkiverse.langchain4j.testing.evaluation.EvaluationStrategy;
import io.quarkiverse.langchain4j.testing.evaluation.Scorer;

/** Runs a whole set through the pipeline with the extension's scorer, and writes the report. */
final class EvalSuite {

    private EvalSuite() {
    }

    static EvalReport run(Scorer scorer, ChatService chat, ArticleIndex index, SupportChecker support, Path questions,
            String mode, Duration perTurn, Path reportDir) throws IOException {
        List<EvalCase> cases = EvalSet.load(questions);
        EvalRunner runner = new EvalRunner(chat, index, support, perTurn);
        @SuppressWarnings("unchecked")
        EvaluationStrategy<CaseRun>[] strategies = Arrays.stream(Metric.values()).map(MetricStrategy::new)
                .toArray(EvaluationStrategy[]::new);

        EvaluationReport<CaseRun> scored = scorer.evaluate(EvalSet.samples(cases),
                parameters -> runner.run(parameters.get(0)), strategies);

        assertThat(scored.evaluations()).allSatisfy(e -> assertThat(e.thrown()).isNull());
        Map<String, CaseRun> runs = new LinkedHashMap<>();
        scored.evaluations().forEach(e -> runs.putIfAbsent(e.sample().name(), e.result()));
        EvalReport report = new EvalReport(mode, EvalSet.name(questions), List.copyOf(runs.values()));
        report.write(reportDir);
        System.out.println(report.summary());
        return report;
    }

    static void assertThresholds(EvalReport report, Map<Metric, Double> thresholds, Path reportDir) {
        assertThat(thresholds).as("floors of the set reported in %s: a new set is scored once, then given floors at"
                + " what it measured", reportDir).isNotNull();
        thresholds.forEach((metric, floor) -> assertThat(report.tally(metric).rate())
                .as("%s (see %s/report.md)", metric.label(), reportDir).isGreaterThanOrEqualTo(floor));
    }
}
