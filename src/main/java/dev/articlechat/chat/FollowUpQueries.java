package dev.articlechat.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The query to retrieve with: a follow-up ("How much will it cost?") names nothing, so the model rewrites it into
 * a standalone question from the conversation (LangChain4j's compressing query transformer). When the model
 * cannot be asked, the previous question's words are added instead.
 */
@Singleton
public class FollowUpQueries {

    /** Longer than any sensible standalone question. */
    private static final int MAX_REWRITE_CHARS = 400;

    private final ConversationMemories conversations;
    private final QueryTransformer condenser;

    public FollowUpQueries(ConversationMemories conversations, OllamaStreamingChatModel ollama,
            ArticleChatConfig config) {
        this.conversations = conversations;
        this.condenser = new CompressingQueryTransformer(
                new OllamaChatModel(ollama, config.ollama().condenseTimeout()),
                PromptTemplate.from(resource("prompts/condense.txt")));
    }

    /**
     * When subscribed: records {@code question} as the conversation's latest and gives the query to retrieve it
     * with. A first question needs no rewrite and is given at once; a follow-up waits for the model on a worker thread.
     */
    public Uni<String> standalone(String conversationId, String question) {
        return Uni.createFrom().deferred(() -> {
            Optional<String> previous = conversations.swapLastQuestion(conversationId, question);
            if (previous.isEmpty() || previous.get().equals(question)) {
                return Uni.createFrom().item(question); // a first question, or the same one again (regenerate)
            }
            return Uni.createFrom().item(() -> rewrite(conversationId, question, previous.get()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        });
    }

    private String rewrite(String conversationId, String question, String previous) {
        try {
            String rewritten = firstLine(condenser.transform(Query.from(question, Metadata.from(
                    UserMessage.from(question), conversationId, history(conversationId, previous))))
                    .iterator().next().text());
            Log.debugf("Follow-up \"%s\" retrieved as \"%s\"", question, rewritten);
            // a model that chats instead of rewriting gives something long or nothing: use the words instead
            return rewritten.isEmpty() || rewritten.length() > MAX_REWRITE_CHARS ? question + " " + previous
                    : rewritten;
        } catch (UpstreamException e) {
            return question + " " + previous;
        }
    }

    /** The turns the model answered, or at least the previous question when none was (refused, extractive). */
    private List<ChatMessage> history(String conversationId, String previousQuestion) {
        List<ChatMessage> turns = conversations.get(conversationId).messages().stream()
                .filter(m -> m instanceof UserMessage || m instanceof AiMessage)
                .toList();
        return turns.isEmpty() ? List.of(UserMessage.from(previousQuestion)) : turns;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
