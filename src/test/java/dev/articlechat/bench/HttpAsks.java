package dev.articlechat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;

/**
 * Asks over HTTP with the JDK client: the app's SSE stream, the app's whole-answer REST call, and the stand-in
 * Ollama directly (its own time to first token, measured the same way as ours).
 */
final class HttpAsks {

    /** A plain HTTP answer: status, content type and body. */
    record Reply(int status, String contentType, String body, long nanos) {
        boolean isJson() {
            try {
                new JsonObject(body);
                return contentType.startsWith("application/json");
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpAsks() {
    }

    static String body(String question, String conversationId) {
        JsonObject body = new JsonObject().put("question", question);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return body.encode();
    }

    /** {@code POST /api/chat/stream}: token events timed, the done or error event ends the trace. */
    static AskTrace sse(URI base, String question, String conversationId) {
        AskTrace trace = new AskTrace(question);
        try {
            HttpResponse<Stream<String>> response = CLIENT.send(post(base.resolve("/api/chat/stream"),
                    body(question, conversationId)), HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = response.body().iterator();
            String event = null;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "token".equals(event)) {
                    trace.token();
                } else if (line.startsWith("data:")) {
                    trace.end(new JsonObject(line.substring(5).strip()).put("type", event));
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            trace.end(AskTrace.LOST.copy().put("cause", e.toString()));
        }
        trace.end(AskTrace.LOST); // no effect when a done or error came first
        return trace;
    }

    /** {@code POST /api/chat}: the whole answer at once. */
    static Reply rest(URI base, String question, String conversationId) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(post(base.resolve("/api/chat"), body(question, conversationId)),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), System.nanoTime() - started);
        } catch (IOException | InterruptedException e) {
            return new Reply(-1, "", e.toString(), System.nanoTime() - started);
        }
    }

    /** The stand-in's {@code /api/chat} with a body our app sent it: NDJSON lines, the done line ends it. */
    static AskTrace ollama(URI ollama, JsonObject body) {
        AskTrace trace = new AskTrace("direct");
        try {
            HttpResponse<Stream<String>> response = CLIENT.send(post(ollama.resolve("/api/chat"), body.encode()),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isBlank()) {
                    continue;
                }
                JsonObject chunk = new JsonObject(line);
                if (!chunk.getJsonObject("message", new JsonObject()).getString("content", "").isEmpty()) {
                    trace.token();
                }
                if (chunk.getBoolean("done", false)) {
                    trace.end(chunk.put("type", "done"));
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            trace.end(AskTrace.LOST.copy().put("cause", e.toString()));
        }
        trace.end(AskTrace.LOST);
        return trace;
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
