package dev.articlechat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.articlechat.bench.Figure.Target;
import dev.articlechat.corpus.Corpora;
import dev.articlechat.packaged.PackagedApp;

/**
 * Start to ready of the packaged app (JVM mode), as a user starts it: {@code java -jar quarkus-run.jar}, timed from
 * launching the process to {@code /q/health/ready} answering UP (the documents are embedded by then), with Quarkus's
 * own "started in" and the ingestion log line; then the first question's retrieval against later ones (no work
 * is left for the first question). Each corpus (the seed article; 53 KB of Markdown in seven files) starts cold (an
 * empty embedding cache each launch) and warm (the cache the uncounted launch filled). Runs after packaging ({@code ./mvnw clean verify -Pbench}); extra JVM options for a
 * before/after comparison: {@code -Dbench.startup.jvm-options="..."} (e.g. {@code -XX:SharedArchiveFile=app-cds.jsa}
 * after packaging with {@code -Dquarkus.package.jar.appcds.enabled=true}).
 */
class StartupBenchmark {

    private static final int RUNS = 5;
    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");
    private static final Pattern INDEXED = Pattern.compile("in (\\d+) ms \\(embedding (\\d+) ms\\)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One start: wall-clock to ready, Quarkus's figure, ingestion, and retrieval on the first and later asks. */
    private record Start(double readySeconds, double startedSeconds, double indexMs, double embedMs,
            double firstRetrievalMs, double laterRetrievalMs, double firstAskMs, double laterAskMs) {
    }

    /** A corpus the app is started on. */
    private record Corpus(String label, Path folder) {
    }

    private static final List<Corpus> CORPORA = List.of(new Corpus("seed article", Corpora.ARTICLE_FOLDER),
            new Corpus("Markdown, 7 files, 53 KB", Corpora.OLLAMA_DOCS));

    @Test
    void startToReady() throws Exception {
        String loadBefore = Figure.loadNow();
        assertThat(PackagedApp.JAR).as("packaged app: run ./mvnw clean verify -Pbench (or package first)").exists();
        String options = System.getProperty("bench.startup.jvm-options", "").strip();
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double seedWarm = 0;
        for (Corpus corpus : CORPORA) {
            Path warmCache = Files.createTempDirectory("bench-cache");
            start(options, corpus.folder(), warmCache); // fills the OS file cache and the warm cache; not counted
            List<Start> cold = new ArrayList<>();
            List<Start> warm = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                cold.add(start(options, corpus.folder(), Files.createTempDirectory("bench-cold")));
                warm.add(start(options, corpus.folder(), warmCache));
            }
            String label = " (" + corpus.label() + ")" + (options.isEmpty() ? "" : " [" + options + "]");
            figures.add(Figure.of("cold cache: launch to ready" + label, median(cold, Start::readySeconds), "s"));
            figures.add(Figure.of("cold cache: of which embedding" + label, median(cold, Start::embedMs), "ms"));
            figures.addAll(figures(warm, " warm cache" + label));
            notes.add("%s: cold %s; warm %s".formatted(corpus.label(), cold, warm));
            double warmReady = median(warm, Start::readySeconds);
            if (seedWarm == 0) {
                seedWarm = warmReady;
            } else {
                figures.add(Figure.of("warm start of the Markdown set against the seed article's", warmReady / seedWarm,
                        "x").against(Target.atMost(1.2)));
            }
        }
        BenchReport.write("0-startup" + (options.isEmpty() ? "" : "-" + options.replaceAll("[^A-Za-z0-9]+", "_")),
                "./mvnw clean verify -Pbench (StartupBenchmark, on target/quarkus-app/quarkus-run.jar)", loadBefore, figures,
                List.of("median of %d launches of each kind after one uncounted launch; Ollama pointed at a closed port (readiness does not wait for it); the questions start 1 s after ready; runs: %s"
                        .formatted(RUNS, notes)));
    }

    private static List<Figure> figures(List<Start> starts, String label) {
        return List.of(
                Figure.of("launch to ready (/q/health/ready UP), JVM mode," + label,
                        median(starts, Start::readySeconds), "s").against(Target.atMost(2)),
                Figure.of("Quarkus \"started in\" (ready: ingestion runs before it)" + label,
                        median(starts, Start::startedSeconds), "s").against(Target.atMost(2)),
                Figure.of("read + split + embed all passages" + label, median(starts, Start::indexMs), "ms"),
                Figure.of("of which embedding" + label, median(starts, Start::embedMs), "ms"),
                Figure.of("first question's retrieval after ready (GET /api/passages)" + label,
                        median(starts, Start::firstRetrievalMs), "ms"),
                Figure.of("later questions' retrieval (p50 of 20)" + label, median(starts, Start::laterRetrievalMs),
                        "ms"),
                Figure.of("first ask after ready (POST /api/chat, no Ollama: extractive answer)" + label,
                        median(starts, Start::firstAskMs), "ms"),
                Figure.of("later asks (p50 of 20)" + label, median(starts, Start::laterAskMs), "ms"));
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        return Sample.median(starts.stream().map(figure::applyAsDouble).toList());
    }

    private Start start(String options, Path documents, Path cache) throws Exception {
        PackagedApp app = PackagedApp.launch(options.isEmpty() ? List.of() : List.of(options.split("\\s+")), Map.of(
                "quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:" + PackagedApp.freePort(),
                "article-chat.documents", documents.toAbsolutePath().toString(),
                "article-chat.ingest.embedding-cache", cache.toAbsolutePath().toString()));
        try {
            URI base = app.base();
            app.awaitReady();
            double ready = app.secondsSinceLaunch();
            Thread.sleep(1_000); // a first user comes a moment after start, not in the same millisecond
            double firstAsk = askMs(base, "How many soldiers did North Korea send to Kursk?");
            double first = retrievalMs(base, "When was the treaty signed?");
            List<Long> later = new ArrayList<>();
            List<Long> laterAsks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                later.add((long) (retrievalMs(base, InProcessMeasurements.QUESTIONS.get(i % 7)) * 1e6));
                laterAsks.add((long) (askMs(base, InProcessMeasurements.QUESTIONS.get(i % 7)) * 1e6));
            }
            Matcher started = STARTED.matcher(app.log());
            Matcher indexed = INDEXED.matcher(app.log());
            assertThat(started.find() && indexed.find()).as("log lines in %s", app.log()).isTrue();
            return new Start(ready, Double.parseDouble(started.group(1)), Double.parseDouble(indexed.group(1)),
                    Double.parseDouble(indexed.group(2)), first, Sample.of(later).p50(), firstAsk,
                    Sample.of(laterAsks).p50());
        } finally {
            app.close();
            Files.createDirectories(BenchReport.DIR);
            Files.writeString(BenchReport.DIR.resolve("startup-last.log"), app.log());
        }
    }

    private static double retrievalMs(URI base, String query) throws Exception {
        return timedMs(HttpRequest.newBuilder(base.resolve("/api/passages?query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
    }

    private static double askMs(URI base, String question) throws Exception {
        return timedMs(HttpRequest.newBuilder(base.resolve("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HttpAsks.body(question, null))).build());
    }

    private static double timedMs(HttpRequest request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (System.nanoTime() - started) / 1e6;
    }
}
