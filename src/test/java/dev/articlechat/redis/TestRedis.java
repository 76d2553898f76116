package dev.articlechat.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for the tests: the system's {@code redis-server} (Debian's package) on a free port of the loopback,
 * persisting nothing, ended by {@link #close()}. No Docker (Dev Services) is needed. As a JUnit condition it skips a
 * test class with one line when no {@code redis-server} is installed, except with {@code CI=true}, where that fails.
 */
public final class TestRedis implements AutoCloseable, ExecutionCondition {

    static final String HOW_TO_ENABLE = "No redis-server found for the Redis tests: install it (Debian: "
            + "apt-get install redis-server)";

    private final int port;
    private Process process;

    /** For JUnit, as a condition only. */
    public TestRedis() {
        this.port = 0;
    }

    private TestRedis(int port) {
        this.port = port;
    }

    /** Starts one on a free port and waits until it answers. */
    public static TestRedis start() throws IOException, InterruptedException {
        TestRedis redis;
        try (ServerSocket socket = new ServerSocket(0)) {
            redis = new TestRedis(socket.getLocalPort());
        }
        redis.restart();
        return redis;
    }

    public static Optional<Path> binary() {
        return Stream.concat(Stream.of("/usr/bin/redis-server", "/usr/local/bin/redis-server"),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(dir -> dir + "/redis-server"))
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (binary().isPresent()) {
            return ConditionEvaluationResult.enabled("redis-server is installed");
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(HOW_TO_ENABLE + " (CI=true requires the Redis tests)");
        }
        return ConditionEvaluationResult.disabled(HOW_TO_ENABLE);
    }

    public int port() {
        return port;
    }

    /** The address for {@code quarkus.redis.hosts}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts it (again) on the same port, empty, and waits until it answers. */
    public void restart() throws IOException, InterruptedException {
        Path server = binary().orElseThrow(() -> new IllegalStateException(HOW_TO_ENABLE));
        process = new ProcessBuilder(server.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", System.getProperty("java.io.tmpdir"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (command("PING").equals("+PONG")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server ended at once on port " + port);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("redis-server did not answer on port " + port + " within 15 s");
    }

    /** Ends it, as a crash or an operator would; what it held is gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Freezes it (SIGSTOP): connections stay open and nothing is answered, as with an overloaded Redis. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Lets a frozen one go on (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int status = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed with " + status);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /**
     * One command, its reply's first line as Redis writes it ({@code +PONG}, {@code :1}, {@code $-1}); a bulk
     * reply's text follows on a second line. Enough for the tests to look at keys without a client library.
     */
    public String command(String... args) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("*" + args.length + "\r\n");
            for (String arg : args) {
                request.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg)
                        .append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String first = in.readLine();
            if (first.startsWith("$") && !first.equals("$-1")) {
                return first + "\n" + in.readLine();
            }
            if (first.startsWith("*")) {
                List<String> items = new ArrayList<>();
                for (int i = 0, n = Integer.parseInt(first.substring(1)); i < n; i++) {
                    in.readLine(); // the length line
                    items.add(in.readLine());
                }
                return first + "\n" + String.join("\n", items);
            }
            return first;
        }
    }
}
