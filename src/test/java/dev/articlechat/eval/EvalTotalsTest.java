package dev.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTotalsTest {

    @TempDir
    Path reports;

    @Test
    void aCorpusNewestRoundIsHeldOutAndItsOlderSetsAreDevelopment() throws IOException {
        report("extractive", "questions", "no Ollama (extractive answers)", 50, 57, 5, 8, 56, 57, 1);
        report("extractive/held-out-1", "held-out-1", "no Ollama (extractive answers)", 20, 30, 2, 10, 29, 30, 0);
        report("extractive/held-out-2", "held-out-2", "no Ollama (extractive answers)", 25, 36, 5, 10, 36, 36, 0);
        report("ollama-docs-held-out", "ollama-docs-held-out", "no Ollama (extractive answers), Markdown corpus",
                7, 10, 1, 2, 10, 10, 0);
        report("held-out-2", "held-out-2", "stand-in Ollama", 30, 36, 9, 10, 36, 36, 0);

        String totals = EvalTotals.write(reports);

        assertThat(Files.readString(reports.resolve("totals.md"))).isEqualTo(totals);
        assertThat(totals).contains("Reports read: 5 ")
                .contains("| article, development | 2 | 100.0 % (87/87) | 80.5 % (70/87) |")
                .contains("| article, held out (round 2) | 1 | 100.0 % (36/36) | 69.4 % (25/36) |")
                // the held-out rounds of each corpus, summed; a false refusal is an answerable turn refused
                .contains("| **all, held out** | 2 | 100.0 % (46/46) | 69.6 % (32/46) | 100.0 % (2/2) |"
                        + " 50.0 % (6/12) | 0 | 0 |")
                .contains("| **all, development** | 2 | 100.0 % (87/87) | 80.5 % (70/87) | 100.0 % (2/2) |"
                        + " 38.9 % (7/18) | 2 | 1 |")
                .contains("| ollama-docs, held out (round 1) | 1 |")
                // the stand-in's facts and refusals are its reading rules': only what comes before the model
                .contains("## stand-in Ollama\n\n| corpus | sets | recall@k | kept from the model |\n|---|---|---|---|\n"
                        + "| article, held out (round 2) | 1 | 100.0 % (36/36) | 0 |");
        assertThat(totals).doesNotContain("ollama-docs, development").doesNotContain("Markdown corpus");
    }

    @Test
    void aCorpusWithOnlyItsOwnSetHasNothingHeldOutAndAReportWithoutASetIsLeftOut() throws IOException {
        report("ollama-docs", "ollama-docs", "no Ollama (extractive answers), Markdown corpus", 7, 10, 1, 2, 9, 10, 0);
        // written before reports named their set: its corpus is unknown, so it is left out
        Files.writeString(Files.createDirectories(reports.resolve("older")).resolve("report.json"),
                "{\"mode\": \"stand-in Ollama\", \"metrics\": {}}");

        assertThat(EvalTotals.write(reports)).contains("Reports read: 1 ")
                .contains("| ollama-docs, development | 1 |").doesNotContain("held out (round")
                .doesNotContain("stand-in");
    }

    /** A report.json as EvalReport writes it, with the figures the totals read (one follow-up, answered); {@code kept}
     *  answerable turns refused before any model. */
    private void report(String dir, String set, String mode, int facts, int answerable, int refused,
            int unanswerable, int notRefused, int answerableTurns, int kept) throws IOException {
        Path at = Files.createDirectories(reports.resolve(dir));
        Files.writeString(at.resolve("report.json"), """
                {"set": "%s", "mode": "%s", "metrics": {
                  "recall_at_k": {"passed": %d, "total": %d},
                  "facts": {"passed": %d, "total": %d},
                  "follow_ups": {"passed": 1, "total": 1},
                  "unanswerable_refused": {"passed": %d, "total": %d},
                  "answerable_answered": {"passed": %d, "total": %d},
                  "reached_model": {"passed": %d, "total": %d}}}
                """.formatted(set, mode, answerable, answerable, facts, answerable, refused, unanswerable,
                notRefused, answerableTurns, answerableTurns - kept, answerableTurns));
    }
}
