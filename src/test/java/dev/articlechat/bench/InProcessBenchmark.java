package dev.articlechat.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.articlechat.bench.Figure.Target;

/** Runs {@link InProcessMeasurements} with JMH (one forked JVM) and reports p50 and p99 of each. */
class InProcessBenchmark {

    /** Targets from issue 9, by benchmark method, on the p50. */
    private static final Map<String, Double> P50_TARGETS = Map.of("extractiveAnswer", 30.0);

    @Test
    void inProcessParts() throws Exception {
        String loadBefore = Figure.loadNow();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(InProcessMeasurements.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .shouldFailOnError(true)
                .build()).run();
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            var statistics = result.getPrimaryResult().getStatistics();
            Figure p50 = Figure.of(name + " p50", statistics.getPercentile(50), "ms");
            figures.add(P50_TARGETS.containsKey(name) ? p50.against(Target.atMost(P50_TARGETS.get(name))) : p50);
            figures.add(Figure.of(name + " p99", statistics.getPercentile(99), "ms"));
            figures.add(Figure.of(name + " samples", statistics.getN(), ""));
        }
        BenchReport.write("1-in-process", "./mvnw clean verify -Pbench (InProcessBenchmark: JMH, sample mode)", loadBefore, figures,
                List.of("JMH " + org.openjdk.jmh.util.Version.getPlainVersion() + ", 1 fork, 3 × 1 s warm-up, 5 × 2 s measurement, one thread; the 7 questions cycle",
                        "retrieve = query embedding + embedding search + BM25 + reciprocal-rank fusion over the 14 passages"));
    }
}
