package dev.articlechat.packaged;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) run as a user runs it, in
 * a process of its own on a free port: for what only a real process shows (start-up, SIGTERM, several instances).
 * {@link #close()} sends SIGTERM and waits for the process to end.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final Thread reader;
    private final StringBuffer log = new StringBuffer();
    private final URI base;
    private final long launched = System.nanoTime();

    private PackagedApp(List<String> jvmOptions, Map<String, String> settings) throws IOException {
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.getFileName().toString()));
        // from the jar's own folder, as Quarkus runs it (an AppCDS archive records the class path relative to it)
        process = new ProcessBuilder(command).directory(JAR.getParent().toFile()).redirectErrorStream(true).start();
        reader = new Thread(this::copyLog);
        reader.start();
    }

    /** Launches the app with these JVM options and settings ({@code -Dkey=value}); does not wait for it. */
    public static PackagedApp launch(List<String> jvmOptions, Map<String, String> settings) throws IOException {
        return new PackagedApp(jvmOptions, settings);
    }

    /** Launches it and waits until it is ready. */
    public static PackagedApp ready(Map<String, String> settings) throws Exception {
        PackagedApp app = launch(List.of(), settings);
        app.awaitReady();
        return app;
    }

    public URI base() {
        return base;
    }

    /** Seconds from launch. */
    public double secondsSinceLaunch() {
        return (System.nanoTime() - launched) / 1e9;
    }

    public String log() {
        return log.toString();
    }

    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (CLIENT.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the app did not become ready within 60 s:\n" + log);
    }

    /** Whether the process ended by itself within {@code wait}, as an app that fails to start does. */
    public boolean exitsWithin(Duration wait) throws InterruptedException {
        boolean exited = process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        reader.join(5_000); // so that log() holds all it printed
        return exited;
    }

    /** Sends SIGTERM, as {@code kill} or {@code docker stop} do; true when the process ended within {@code wait}. */
    public boolean terminate(Duration wait) throws InterruptedException {
        process.destroy();
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!terminate(Duration.ofSeconds(15))) {
            process.destroyForcibly();
        }
        reader.join(5_000);
    }

    private void copyLog() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
            }
        } catch (IOException e) {
            log.append(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
