package dev.articlechat.ollama;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * One request to Ollama and its stream; exactly one of complete, error or cancel ends it. A stall before the first
 * line or between two lines is a time-out; cancelling closes the connection, which stops Ollama generating.
 */
final class OllamaExchange implements StreamingHandle {

    private final OllamaLink link;
    private final List<ChatMessage> messages;
    private final StreamingChatResponseHandler handler;
    private final OllamaStreamReader reader;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile HttpClientRequest request;
    private volatile long timer = -1;
    private volatile boolean cancelled;

    OllamaExchange(OllamaLink link, List<ChatMessage> messages, StreamingChatResponseHandler handler) {
        this.link = link;
        this.messages = messages;
        this.handler = handler;
        this.reader = new OllamaStreamReader(link.json(), link.faults(), link.model(), handler, this);
    }

    void start() {
        // The AI service learns the cancel handle only from a partial event. A blank "thinking" piece (which
        // carries no answer text) hands it over at once, so a stop during a slow model load still cancels.
        handler.onPartialThinking(new PartialThinking(" "), new PartialThinkingContext(this));
        armTimer(link.firstTokenTimeout(), () -> link.faults().firstTokenTimeout(link.firstTokenTimeout()));
        send(true);
    }

    private void send(boolean sayThink) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(link.chatUri())
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/x-ndjson");
        link.client().request(options).onComplete(created -> {
            if (created.failed()) {
                fail(link.faults().unreachable(created.cause()));
                return;
            }
            request = created.result();
            if (ended.get()) {
                request.reset();
                return;
            }
            request.send(Buffer.buffer(link.bodies().of(messages, sayThink))).onComplete(sent -> {
                if (sent.failed()) {
                    fail(ended.get() ? null : link.faults().unreachable(sent.cause()));
                } else {
                    onResponse(sent.result(), sayThink);
                }
            });
        });
    }

    private void onResponse(HttpClientResponse response, boolean saidThink) {
        if (response.statusCode() != 200) {
            response.body().onComplete(b -> {
                String body = b.succeeded() ? b.result().toString() : "";
                if (saidThink && !ended.get() && link.faults().refusesThink(response.statusCode(), body)) {
                    send(false);
                } else {
                    fail(link.faults().status(response.statusCode(), body));
                }
            });
            return;
        }
        RecordParser lines = RecordParser.newDelimited("\n", this::onLine);
        response.handler(lines);
        response.exceptionHandler(e -> fail(link.faults().streamCut(e)));
        response.endHandler(v -> {
            lines.handle(Buffer.buffer("\n")); // a last line without its newline still counts
            fail(link.faults().streamCut(null));
        });
    }

    private void onLine(Buffer buffer) {
        String line = buffer.toString().strip();
        if (line.isEmpty() || ended.get()) {
            return;
        }
        armTimer(link.idleTimeout(), () -> link.faults().idleTimeout(link.idleTimeout()));
        try {
            reader.read(line).ifPresent(this::complete);
        } catch (UpstreamException e) {
            fail(e);
        }
    }

    private void complete(ChatResponse response) {
        if (ended.compareAndSet(false, true)) {
            cancelTimer();
            handler.onCompleteResponse(response);
        }
    }

    /** Ends the exchange with an error; {@code null} ends it silently (already ended or cancelled). */
    private void fail(UpstreamException error) {
        if (error == null || !ended.compareAndSet(false, true)) {
            return;
        }
        closeConnection();
        Log.warnf("Ollama %s: %s", error.reason(), error.getMessage());
        link.meters().ollamaFault(error.reason());
        handler.onError(error);
    }

    @Override
    public void cancel() {
        cancelled = true;
        if (ended.compareAndSet(false, true)) {
            closeConnection();
            Log.debug("Ollama request cancelled by the client");
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    private void closeConnection() {
        cancelTimer();
        HttpClientRequest current = request;
        if (current != null) {
            current.reset();
        }
    }

    private void armTimer(Duration delay, Supplier<UpstreamException> timedOut) {
        cancelTimer();
        timer = link.vertx().setTimer(Math.max(1, delay.toMillis()), id -> fail(timedOut.get()));
    }

    private void cancelTimer() {
        long current = timer;
        if (current >= 0) {
            link.vertx().cancelTimer(current);
        }
    }
}
