package dev.articlechat.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.eval.EvalReport.Tally;

/**
 * The reports under target/eval summed per mode and corpus, the newest round of each corpus apart: it is the held-out
 * round, written before the pass it judges, and every older set is development. docs/evaluation.md reports both and
 * the gap between them from here.
 */
final class EvalTotals {

    /** A figure of the tables; one that counts misses shows how many turns failed, each an answerable one refused. */
    private record Column(Metric metric, String heading, boolean misses) {
    }

    /** The figures issue 15 judges by. */
    private static final List<Column> COLUMNS = List.of(new Column(Metric.RECALL_AT_K, "recall@k", false),
            new Column(Metric.FACTS, "facts", false), new Column(Metric.FOLLOW_UPS, "follow-ups", false),
            new Column(Metric.UNANSWERABLE_REFUSED, "unanswerable refused", false),
            new Column(Metric.ANSWERABLE_ANSWERED, "false refusals", true),
            new Column(Metric.REACHED_MODEL, "kept from the model", true));

    /**
     * The stand-in answers by frozen reading rules, for plumbing: its facts and refusals are no quality figure, so its
     * table shows only what the product decides before any model, retrieval and the topic gate.
     */
    private static final Set<Metric> BEFORE_THE_MODEL = Set.of(Metric.RECALL_AT_K, Metric.REACHED_MODEL);

    /** One set's report: its mode ("no Ollama (extractive answers)"), corpus, round (0: the corpus's own set). */
    record Scored(String mode, String corpus, int round, Map<Metric, Tally> tallies) {

        static Scored of(String set, String mode, Map<Metric, Tally> tallies) {
            Optional<EvalSet.Round> round = EvalSet.Round.of(set);
            String corpus = round.map(EvalSet.Round::corpus).orElse(set);
            // the kind of run without what follows it ("live Ollama, model qwen2.5:3b"; "…, Markdown corpus")
            String kind = mode.split(",")[0];
            return new Scored(kind, corpus.isEmpty() || corpus.equals("questions") ? "article" : corpus,
                    round.map(EvalSet.Round::number).orElse(0), tallies);
        }
    }

    private EvalTotals() {
    }

    /** Reads every report.json under {@code dir} and writes totals.md beside them; returns its text. */
    static String write(Path dir) throws IOException {
        String totals = markdown(read(dir));
        Files.writeString(dir.resolve("totals.md"), totals);
        return totals;
    }

    static List<Scored> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals("report.json")).sorted().map(f -> {
                try {
                    return json.readTree(f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(report -> report.hasNonNull("set")).map(EvalTotals::scored).toList();
        }
    }

    /** A report written before reports named their set has no "set" and is left out: its corpus is unknown. */
    private static Scored scored(JsonNode report) {
        Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);
        for (Column column : COLUMNS) {
            Metric metric = column.metric();
            JsonNode figure = report.path("metrics").path(metric.name().toLowerCase());
            tallies.put(metric, new Tally(figure.path("passed").asInt(), figure.path("total").asInt()));
        }
        return Scored.of(report.get("set").asText(), report.path("mode").asText(), tallies);
    }

    static String markdown(List<Scored> reports) {
        StringBuilder md = new StringBuilder("# Evaluation totals\n\nReports read: ").append(reports.size())
                .append(" (under target/eval, each as its last run wrote it). A corpus's newest round is held out;"
                        + " its other sets are development.\n");
        Map<String, List<Scored>> byMode = reports.stream()
                .collect(Collectors.groupingBy(Scored::mode, TreeMap::new, Collectors.toList()));
        byMode.forEach((mode, scored) -> {
            List<Column> columns = mode.startsWith("stand-in")
                    ? COLUMNS.stream().filter(c -> BEFORE_THE_MODEL.contains(c.metric())).toList()
                    : COLUMNS;
            md.append("\n## ").append(mode).append("\n\n| corpus | sets |");
            columns.forEach(c -> md.append(' ').append(c.heading()).append(" |"));
            md.append('\n').append("|---".repeat(columns.size() + 2)).append("|\n");
            Map<String, List<Scored>> byCorpus = scored.stream()
                    .collect(Collectors.groupingBy(Scored::corpus, TreeMap::new, Collectors.toList()));
            List<Scored> all = new ArrayList<>();
            List<Scored> allHeldOut = new ArrayList<>();
            byCorpus.forEach((corpus, sets) -> {
                int newest = sets.stream().mapToInt(Scored::round).max().orElse(0);
                // a corpus with its own set only has nothing held out
                List<Scored> heldOut = sets.stream().filter(s -> newest > 0 && s.round() == newest).toList();
                List<Scored> development = sets.stream().filter(s -> newest == 0 || s.round() < newest).toList();
                row(md, columns, corpus + ", development", development);
                row(md, columns, corpus + ", held out (round " + newest + ")", heldOut);
                all.addAll(development);
                allHeldOut.addAll(heldOut);
            });
            row(md, columns, "**all, development**", all);
            row(md, columns, "**all, held out**", allHeldOut);
        });
        return md.toString();
    }

    private static void row(StringBuilder md, List<Column> columns, String label, List<Scored> sets) {
        if (sets.isEmpty()) {
            return;
        }
        md.append("| ").append(label).append(" | ").append(sets.size()).append(" |");
        for (Column column : columns) {
            Tally tally = Tally.sum(sets.stream().map(s -> s.tallies().get(column.metric())).toList());
            md.append(' ').append(column.misses() ? String.valueOf(tally.total() - tally.passed()) : tally.percent())
                    .append(" |");
        }
        md.append('\n');
    }
}
