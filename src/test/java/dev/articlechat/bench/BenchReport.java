package dev.articlechat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The harness's report: each benchmark writes its section to {@code target/bench/sections/}, then the whole report
 * ({@code target/bench/report.md} and {@code report.json}) is rendered again from all sections, so benchmarks that
 * run in different JVMs (JMH's fork, the start-up runs after packaging) end up in one report.
 */
final class BenchReport {

    static final Path DIR = Path.of("target/bench");
    private static final Path SECTIONS = DIR.resolve("sections");
    /** Every run of every section, so that the report can give the median over runs. */
    private static final Path HISTORY = DIR.resolve("history");

    private BenchReport() {
    }

    /**
     * Records one benchmark's figures and notes, and prints them. {@code loadBefore}: the machine's load when the
     * benchmark started (the load next to each figure is taken when it is recorded, and includes the benchmark's own).
     */
    static void write(String section, String command, String loadBefore, List<Figure> figures, List<String> notes) {
        JsonObject json = new JsonObject().put("section", section).put("command", command).put("loadBefore", loadBefore)
                .put("at", Instant.now().toString())
                .put("figures", new JsonArray(figures.stream().map(Figure::toJson).toList()))
                .put("notes", new JsonArray(notes));
        try {
            Files.createDirectories(SECTIONS);
            Files.createDirectories(HISTORY);
            Files.writeString(SECTIONS.resolve(section + ".json"), json.encodePrettily());
            Files.writeString(HISTORY.resolve(section + "@" + json.getString("at").replace(':', '-') + ".json"),
                    json.encodePrettily());
            List<JsonObject> all = read(SECTIONS);
            all.forEach(BenchReport::addMedians);
            Files.writeString(DIR.resolve("report.json"), new JsonArray(List.copyOf(all)).encodePrettily());
            Files.writeString(DIR.resolve("report.md"), markdown(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(markdown(List.of(json)));
    }

    private static List<JsonObject> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(BenchReport::readOne).toList();
        }
    }

    /** Each figure of the section gets the median and count of its values over all recorded runs. */
    private static void addMedians(JsonObject section) {
        List<JsonObject> runs;
        try {
            runs = read(HISTORY).stream().filter(r -> r.getString("section").equals(section.getString("section")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Object o : section.getJsonArray("figures")) {
            JsonObject figure = (JsonObject) o;
            List<Double> values = runs.stream().flatMap(r -> r.getJsonArray("figures").stream())
                    .map(JsonObject.class::cast).filter(f -> f.getString("name").equals(figure.getString("name")))
                    .map(f -> f.getDouble("value")).toList();
            figure.put("runs", values.size()).put("median", Sample.median(values));
        }
    }

    private static JsonObject readOne(Path file) {
        try {
            return new JsonObject(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(List<JsonObject> sections) {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(". Load = 1-minute load average when the figure was taken.\n");
        for (JsonObject s : sections) {
            md.append("\n## ").append(s.getString("section")).append("\n`").append(s.getString("command"))
                    .append("` (").append(s.getString("at")).append(", load before ").append(s.getString("loadBefore"))
                    .append(")\n\n")
                    .append("| figure | this run | median of runs | target | verdict (this run) | load |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Object o : s.getJsonArray("figures")) {
                JsonObject f = (JsonObject) o;
                md.append("| ").append(f.getString("name")).append(" | ")
                        .append(format(f.getDouble("value"))).append(' ').append(f.getString("unit")).append(" | ")
                        .append(f.containsKey("median") ? format(f.getDouble("median")) + " (" + f.getInteger("runs")
                                + ")" : "").append(" | ")
                        .append(f.getString("target", "")).append(" | ").append(f.getString("verdict", ""))
                        .append(" | ").append(f.getString("load")).append(" |\n");
            }
            s.getJsonArray("notes").forEach(n -> md.append("\n- ").append(n));
            md.append('\n');
        }
        return md.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
