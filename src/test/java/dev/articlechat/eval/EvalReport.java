package dev.articlechat.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.articlechat.eval.CaseRun.TurnRun;
import dev.articlechat.grounding.Citation;

/** The suite's figures, per metric and per category, with every failure spelled out. */
final class EvalReport {

    /** How many turns a metric applied to, and how many passed. */
    record Tally(int passed, int total) {
        double rate() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        String percent() {
            return total == 0 ? "–" : "%.1f %% (%d/%d)".formatted(100 * rate(), passed, total);
        }

        boolean all() {
            return passed == total;
        }

        static Tally sum(List<Tally> counts) {
            return new Tally(counts.stream().mapToInt(Tally::passed).sum(), counts.stream().mapToInt(Tally::total).sum());
        }
    }

    private final String mode;
    private final String set;
    private final List<CaseRun> runs;
    private final List<TurnRun> turns;

    /** The report of the set named {@code set} (its file name without ".yaml"), scored in {@code mode}. */
    EvalReport(String mode, String set, List<CaseRun> runs) {
        this.mode = mode;
        this.set = set;
        this.runs = runs;
        this.turns = runs.stream().flatMap(r -> r.turns().stream()).toList();
    }

    Tally tally(Metric metric) {
        return tally(metric, turns);
    }

    private static Tally tally(Metric metric, List<TurnRun> turns) {
        return Tally.sum(turns.stream().map(metric::count).flatMap(Optional::stream).toList());
    }

    /** Median over the turns that have the figure. */
    long median(ToLongFunction<TurnRun> figure, boolean streamedOnly) {
        long[] values = turns.stream()
                .filter(t -> !streamedOnly || t.answer().timings().firstTokenMs() != null)
                .mapToLong(figure).sorted().toArray();
        return values.length == 0 ? 0 : values[values.length / 2];
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("report.json").toFile(), json());
    }

    String summary() {
        StringBuilder out = new StringBuilder("Evaluation (" + mode + "): ");
        for (Metric metric : Metric.values()) {
            out.append(metric.label()).append(' ').append(tally(metric).percent()).append("; ");
        }
        return out.toString();
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Evaluation report\n\n");
        md.append("Mode: ").append(mode).append(". Cases: ").append(runs.size()).append(", turns: ")
                .append(turns.size()).append(".\n\n## Metrics\n\n| metric | result |\n|---|---|\n");
        for (Metric metric : Metric.values()) {
            md.append("| ").append(metric.label()).append(" | ").append(tally(metric).percent()).append(" |\n");
        }
        md.append("\n## By category\n\n| category |");
        for (Metric metric : Metric.values()) {
            md.append(' ').append(metric.label()).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(Metric.values().length)).append('\n');
        byCategory().forEach((category, categoryTurns) -> {
            md.append("| ").append(category).append(" |");
            for (Metric metric : Metric.values()) {
                md.append(' ').append(tally(metric, categoryTurns).percent()).append(" |");
            }
            md.append('\n');
        });
        md.append("\n## Timings (median)\n\n| figure | value |\n|---|---|\n")
                .append("| time to first token (streamed answers) | ")
                .append(median(t -> t.answer().timings().firstTokenMs(), true)).append(" ms |\n")
                .append("| total time | ").append(median(t -> t.answer().timings().totalMs(), false)).append(" ms |\n")
                .append("| retrieval | ").append(median(t -> t.answer().timings().retrievalMs(), false)).append(" ms |\n")
                .append("| prompt tokens (Ollama's prompt_eval_count) | ")
                .append(median(t -> t.answer().usage().promptTokens(), true)).append(" |\n");
        md.append("\n## Failures\n");
        for (Metric metric : Metric.values()) {
            List<TurnRun> failed = turns.stream().filter(t -> metric.check(t).filter(ok -> !ok).isPresent()).toList();
            md.append("\n### ").append(metric.label()).append(" (").append(failed.size()).append(")\n");
            for (TurnRun t : failed) {
                md.append("\n- **").append(caseOf(t)).append("** turn ").append(t.index() + 1).append(": ")
                        .append(t.expected().question()).append("\n  - expected: ")
                        .append(t.expected().answerable() ? "facts " + t.expected().facts() + ", evidence \""
                                + t.expected().evidence() + "\"" : "The article does not say.")
                        .append("\n  - answer (").append(t.answer().source()).append("): ")
                        .append(t.answer().answer().replace('\n', ' '))
                        .append("\n  - citations: ").append(t.answer().citations().stream()
                                .map(c -> "[" + c.n() + "] " + c.id() + " (" + c.section() + ")")
                                .collect(Collectors.joining(", ")))
                        .append("\n  - retrieved: ").append(t.answer().retrieved()).append('\n');
                if (t.answer().notice() != null) {
                    md.append("  - notice: ").append(t.answer().notice()).append('\n');
                }
                t.answer().support().stream().filter(s -> !s.supported()).forEach(s -> md.append("  - unsupported: ")
                        .append(t.answer().answer().substring(s.start(), s.end()).replace('\n', ' '))
                        .append(" (").append(s.reason()).append(")\n"));
            }
        }
        return md.toString();
    }

    private Map<String, Object> json() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Tally tally = tally(metric);
            metrics.put(metric.name().toLowerCase(), Map.of("label", metric.label(), "passed", tally.passed(),
                    "total", tally.total(), "rate", tally.rate()));
        }
        Map<String, Object> categories = new LinkedHashMap<>();
        byCategory().forEach((category, categoryTurns) -> {
            Map<String, Object> rates = new LinkedHashMap<>();
            for (Metric metric : Metric.values()) {
                Tally tally = tally(metric, categoryTurns);
                rates.put(metric.name().toLowerCase(), Map.of("passed", tally.passed(), "total", tally.total()));
            }
            categories.put(category, rates);
        });
        List<Map<String, Object>> turnList = new ArrayList<>();
        for (TurnRun t : turns) {
            Map<String, Object> checks = new LinkedHashMap<>();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("case", caseOf(t));
            entry.put("turn", t.index() + 1);
            entry.put("question", t.expected().question());
            entry.put("answer", t.answer().answer());
            entry.put("source", t.answer().source());
            entry.put("notice", t.answer().notice());
            entry.put("citations", t.answer().citations().stream().map(Citation::id).toList());
            entry.put("support", t.answer().support());
            entry.put("retrieved", t.answer().retrieved());
            entry.put("timings", t.answer().timings());
            entry.put("promptTokens", t.answer().usage().promptTokens());
            for (Metric metric : Metric.values()) {
                metric.check(t).ifPresent(ok -> checks.put(metric.name().toLowerCase(), ok));
            }
            entry.put("checks", checks);
            turnList.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("set", set);
        json.put("mode", mode);
        json.put("metrics", metrics);
        json.put("categories", categories);
        json.put("timings", Map.of(
                "firstTokenMsMedian", median(t -> t.answer().timings().firstTokenMs(), true),
                "totalMsMedian", median(t -> t.answer().timings().totalMs(), false),
                "promptTokensMedian", median(t -> t.answer().usage().promptTokens(), true)));
        json.put("turns", turnList);
        return json;
    }

    private Map<String, List<TurnRun>> byCategory() {
        Map<String, List<TurnRun>> byCategory = new LinkedHashMap<>();
        for (CaseRun run : runs) {
            byCategory.computeIfAbsent(Objects.requireNonNullElse(run.evalCase().category(), "other"),
                    c -> new ArrayList<>()).addAll(run.turns());
        }
        return byCategory;
    }

    private String caseOf(TurnRun turn) {
        return runs.stream().filter(r -> r.turns().contains(turn)).map(r -> r.evalCase().name()).findFirst()
                .orElse("?");
    }
}
