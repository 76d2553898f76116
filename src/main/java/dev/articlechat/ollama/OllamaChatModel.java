package dev.articlechat.ollama;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import dev.articlechat.ollama.UpstreamException.Reason;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * A blocking view of {@link OllamaStreamingChatModel}, for the short model calls that are not streamed to anyone
 * (rewriting a follow-up question). It gives up, and closes the request, after {@code timeout}.
 */
public final class OllamaChatModel implements ChatModel {

    private final OllamaStreamingChatModel ollama;
    private final Duration timeout;

    public OllamaChatModel(OllamaStreamingChatModel ollama, Duration timeout) {
        this.ollama = ollama;
        this.timeout = timeout;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        CompletableFuture<ChatResponse> response = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        ollama.doChat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
                handle.set(context.streamingHandle());
            }

            @Override
            public void onCompleteResponse(ChatResponse complete) {
                response.complete(complete);
            }

            @Override
            public void onError(Throwable error) {
                response.completeExceptionally(error);
            }
        });
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(handle.get());
            throw new UpstreamException(Reason.FIRST_TOKEN_TIMEOUT, "Ollama did not answer within " + timeout);
        } catch (InterruptedException e) {
            cancel(handle.get());
            Thread.currentThread().interrupt();
            throw new UpstreamException(Reason.FAILED, "Interrupted while waiting for Ollama");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UpstreamException upstream ? upstream
                    : new UpstreamException(Reason.FAILED, String.valueOf(e.getCause().getMessage()));
        }
    }

    private static void cancel(StreamingHandle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }
}
