package dev.articlechat.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Once every test has run, sums the evaluation reports into target/eval/totals.md ({@link EvalTotals}) and prints
 * it. Registered in META-INF/services, so any run of the evaluation tests leaves it.
 */
public class EvalTotalsListener implements TestExecutionListener {

    private static final Path REPORTS = Path.of("target/eval");

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Files.isDirectory(REPORTS)) {
            return;
        }
        try {
            System.out.println(EvalTotals.write(REPORTS));
        } catch (IOException | RuntimeException e) {
            // the per-set reports are the record; a totals page that cannot be written must not fail the run
            System.err.println("Evaluation totals not written: " + e);
        }
    }
}
