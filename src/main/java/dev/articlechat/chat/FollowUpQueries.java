package dev.articlechat.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ollama.GenerationQueue;
import dev.articlechat.ollama.OllamaChatModel;
import dev.articlechat.ollama.OllamaStreamingChatModel;
import dev.articlechat.ollama.UpstreamException;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.Terms;
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
 * a standalone question from the conversation (LangChain4j's compressing query transformer). A rewrite is not
 * trusted blindly: when the model cannot be asked, or gives nothing, something far too long, a refusal, or words
 * that are neither the question's nor the conversation's, the previous question's words are added instead.
 */
@Singleton
public class FollowUpQueries {

    /** Longer than any sensible standalone question. */
    private static final int MAX_REWRITE_CHARS = 400;

    /**
     * The query to retrieve a question with, the conversation's previous question if it has one, and what else to
     * search for it: the question on its own when the query is the fallback (the question and the previous one).
     */
    public record Standalone(String query, Optional<String> previous, List<String> alsoSearched) {
    }

    private final ConversationMemories conversations;
    private final QueryTransformer condenser;
    private final LanguageData language;

    public FollowUpQueries(ConversationMemories conversations, OllamaStreamingChatModel ollama,
            ArticleChatConfig config, LanguageData language) {
        this.conversations = conversations;
        this.language = language;
        this.condenser = new CompressingQueryTransformer(
                new OllamaChatModel(ollama, config.ollama().condenseTimeout()),
                PromptTemplate.from(resource("prompts/condense.txt")));
    }

    /**
     * When subscribed: the query to retrieve {@code question} with, given the conversation's {@code previous}
     * question. A first question needs no rewrite and is given at once; a follow-up waits for a model {@code slot},
     * then for the model on a worker thread.
     */
    public Uni<Standalone> standalone(String conversationId, String question, Optional<String> previous,
            Supplier<Uni<GenerationQueue.Slot>> slot) {
        return Uni.createFrom().deferred(() -> {
            if (previous.isEmpty() || previous.get().equals(question)) {
                // a first question, or the same one again (regenerate)
                return Uni.createFrom().item(new Standalone(question, Optional.empty(), List.of()));
            }
            return slot.get().chain(granted -> Uni.createFrom()
                    .item(() -> rewrite(conversationId, question, previous.get()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .onTermination().invoke(granted::release));
        });
    }

    private Standalone rewrite(String conversationId, String question, String previous) {
        // the fallback: the question with the previous one's words, and the question's own words searched too, since
        // they name what it adds ("how do I get more diagnostic logs?")
        Standalone fallback = new Standalone(question + " " + previous, Optional.of(previous), List.of(question));
        try {
            List<ChatMessage> history = history(conversationId, previous);
            String rewritten = firstLine(condenser.transform(Query.from(question, Metadata.from(
                    UserMessage.from(question), conversationId, history))).iterator().next().text());
            boolean usable = !rewritten.isEmpty() && rewritten.length() <= MAX_REWRITE_CHARS
                    && !language.isRefusal(rewritten) && sharesWords(rewritten, fallback.query(), history);
            Log.debugf("Follow-up \"%s\" rewritten as \"%s\"%s", question, rewritten, usable ? "" : ": not used");
            return usable ? new Standalone(rewritten, Optional.of(previous), List.of()) : fallback;
        } catch (UpstreamException e) {
            return fallback;
        }
    }

    /** Whether a rewrite uses a word of the question, the previous one or the conversation: else it is off track. */
    private static boolean sharesWords(String rewritten, String questions, List<ChatMessage> history) {
        Set<String> known = new HashSet<>(Terms.of(questions));
        history.stream().map(FollowUpQueries::text).forEach(text -> known.addAll(Terms.of(text)));
        return Terms.of(rewritten).stream().anyMatch(known::contains);
    }

    private static String text(ChatMessage message) {
        return message instanceof UserMessage user ? user.singleText()
                : message instanceof AiMessage ai && ai.text() != null ? ai.text() : "";
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
