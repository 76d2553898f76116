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

    /** The figures issue 15 judges by; the last two are counted as misses, each one an answerable turn refused. */
    private static final List<Metric> COLUMNS = List.of(Metric.RECALL_AT_K, Metric.FACTS, Metric.FOLLOW_UPS,
            Metric.UNANSWERABLE_REFUSED, Metric.ANSWERABLE_ANSWERED, Metric.REACHED_MODEL);
    private static final Set<Metric> COUNTED_AS_MISSES = Set.of(Metric.ANSWERABLE_ANSWERED, Metric.REACHED_MODEL);

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
        for (Metric metric : COLUMNS) {
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
            md.append("\n## ").append(mode).append("\n\n| corpus | sets | recall@k | facts | follow-ups |"
                    + " unanswerable refused | false refusals | kept from the model |\n")
                    .append("|---".repeat(COLUMNS.size() + 2)).append("|\n");
            Map<String, List<Scored>> byCorpus = scored.stream()
                    .collect(Collectors.groupingBy(Scored::corpus, TreeMap::new, Collectors.toList()));
            List<Scored> all = new ArrayList<>();
            List<Scored> allHeldOut = new ArrayList<>();
            byCorpus.forEach((corpus, sets) -> {
                int newest = sets.stream().mapToInt(Scored::round).max().orElse(0);
                // a corpus with its own set only has nothing held out
                List<Scored> heldOut = sets.stream().filter(s -> newest > 0 && s.round() == newest).toList();
                List<Scored> development = sets.stream().filter(s -> newest == 0 || s.round() < newest).toList();
                row(md, corpus + ", development", development);
                row(md, corpus + ", held out (round " + newest + ")", heldOut);
                all.addAll(development);
                allHeldOut.addAll(heldOut);
            });
            row(md, "**all, development**", all);
            row(md, "**all, held out**", allHeldOut);
        });
        return md.toString();
    }

    private static void row(StringBuilder md, String label, List<Scored> sets) {
        if (sets.isEmpty()) {
            return;
        }
        md.append("| ").append(label).append(" | ").append(sets.size()).append(" |");
        for (Metric metric : COLUMNS) {
            Tally tally = Tally.sum(sets.stream().map(s -> s.tallies().get(metric)).toList());
            md.append(' ').append(COUNTED_AS_MISSES.contains(metric)
                    ? String.valueOf(tally.total() - tally.passed())
                    : tally.percent()).append(" |");
        }
        md.append('\n');
    }
}
