package dev.articlechat.chat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.quarkiverse.langchain4j.ChatMemoryRemover;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * One bounded memory per conversation, kept for the AI service, in one of two places
 * ({@code article-chat.chat.memory}):
 * <ul>
 * <li>{@code memory}: in this process. Holds at most {@code max-conversations} conversations (the least recently
 * used is dropped first) and forgets one left idle for {@code conversation-idle-timeout}.</li>
 * <li>{@code redis}: in Redis ({@link RedisConversations}), shared by every instance. A turn loads its conversation
 * when it starts ({@link #recall}) and saves it before its answer is done ({@link #remember}); the AI service works
 * on this process's copy meanwhile. It must: LangChain4j calls a memory synchronously, and adds the answer on the
 * event loop that streamed it, where nothing may wait for Redis.</li>
 * </ul>
 * When Redis fails, a turn is answered without the earlier ones and says so; the next turn tries Redis again.
 */
@Singleton
public class ConversationMemories implements ChatMemoryProvider {

    /** Said with an answer given without the conversation's earlier turns. */
    public static final String FORGOTTEN = "Redis, where conversations are kept, did not answer, so this answer does "
            + "not know the conversation's earlier questions; memory comes back by itself once Redis answers.";
    /** Said with an answer that could not be saved for the next follow-up. */
    public static final String NOT_SAVED = "Redis, where conversations are kept, did not answer, so a follow-up will "
            + "not know this question and answer.";

    /** A conversation: what the model is sent back, and the last question asked (for follow-up retrieval). */
    private record Conversation(AtomicReference<List<ChatMessage>> messages, AtomicReference<String> lastQuestion) {
    }

    /** What a turn starts from: the question before it, and why the earlier turns are missing, if they are. */
    public record Recalled(Optional<String> previousQuestion, Optional<String> notice) {
    }

    private final int maxMessages;
    private final KeptConversations<Conversation> conversations;
    private final Optional<RedisConversations> shared;
    private final ChatMemoryStore store = new LocalStore();

    /**
     * The AI service keeps the memory it gets for each conversation id until told to drop it: a forgotten
     * conversation is dropped there too ({@code assistant} is looked up then, as it is built from this provider).
     */
    @Inject
    public ConversationMemories(ArticleChatConfig config, Instance<RedisConversations> redis,
            Instance<ArticleAssistant> assistant) {
        this(config.chat().memoryTurns(), config.chat().maxConversations(), config.chat().conversationIdleTimeout(),
                System::nanoTime, config.chat().memory() == ArticleChatConfig.Chat.Memory.redis
                        ? Optional.of(redis.get())
                        : Optional.empty(),
                conversationId -> ChatMemoryRemover.remove(assistant.get(), conversationId));
    }

    ConversationMemories(int memoryTurns, int maxConversations, Duration idleTimeout, LongSupplier clock,
            Optional<RedisConversations> shared) {
        this(memoryTurns, maxConversations, idleTimeout, clock, shared, conversationId -> {
        });
    }

    private ConversationMemories(int memoryTurns, int maxConversations, Duration idleTimeout, LongSupplier clock,
            Optional<RedisConversations> shared, Consumer<Object> onForget) {
        // each turn is a question and an answer; the system message (with this turn's passages) is kept apart
        this.maxMessages = 2 * memoryTurns + 1;
        this.shared = shared;
        this.conversations = new KeptConversations<>(maxConversations, idleTimeout, clock, onForget);
    }

    /** A fresh conversation id; its memory is made on first use. */
    public String newConversation() {
        return UUID.randomUUID().toString();
    }

    /**
     * Whether the conversation is still kept. With Redis this waits for it (at most {@code quarkus.redis.timeout}),
     * so it must not be called on an event loop; when Redis does not answer, the id is taken as known: the turn
     * then goes on without its history and says so, rather than refusing a conversation that may well exist.
     */
    public boolean exists(String conversationId) {
        if (shared.isPresent()) {
            return shared.get().exists(conversationId)
                    .onFailure().recoverWithItem(failure -> {
                        Log.warnf("Redis did not say whether conversation %s exists: %s", conversationId, failure);
                        return true;
                    })
                    .await().indefinitely();
        }
        return conversations.contains(conversationId);
    }

    /** How many conversations this process keeps now. */
    public int size() {
        return conversations.size();
    }

    /**
     * When subscribed: records {@code question} as the conversation's latest, brings its earlier turns (from Redis
     * when it is used) and gives the question before it. Never fails: without Redis the turn starts afresh, with
     * a notice saying why.
     */
    public Uni<Recalled> recall(String conversationId, String question) {
        if (shared.isEmpty()) {
            return Uni.createFrom().item(() -> new Recalled(
                    Optional.ofNullable(conversation(conversationId).lastQuestion().getAndSet(question)),
                    Optional.empty()));
        }
        return shared.get().begin(conversationId, question)
                .map(stored -> {
                    Conversation conversation = conversation(conversationId);
                    conversation.messages().set(stored.messages());
                    conversation.lastQuestion().set(question);
                    return new Recalled(stored.previousQuestion(), Optional.<String>empty());
                })
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Redis did not give conversation %s: answering without its history (%s)",
                            conversationId, failure);
                    Conversation conversation = conversation(conversationId);
                    conversation.messages().set(List.of());
                    conversation.lastQuestion().set(question);
                    return new Recalled(Optional.empty(), Optional.of(FORGOTTEN));
                });
    }

    /**
     * When subscribed: keeps the conversation's messages for the next turn (in Redis when it is used). Never fails:
     * gives the notice to add to the answer when they could not be kept.
     */
    public Uni<Optional<String>> remember(String conversationId) {
        if (shared.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        // the system message holds this turn's passages: the next turn brings its own
        List<ChatMessage> messages = store.getMessages(conversationId).stream()
                .filter(message -> !(message instanceof SystemMessage))
                .toList();
        return shared.get().save(conversationId, messages)
                .map(saved -> Optional.<String>empty())
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Redis did not keep conversation %s: a follow-up will not know this turn (%s)",
                            conversationId, failure);
                    return Optional.of(NOT_SAVED);
                });
    }

    /**
     * The conversation's memory as the AI service sees it. LangChain4j keeps the one it gets for each id, so it is
     * a window over {@link #store}, which holds nothing of its own: a forgotten conversation is forgotten there too.
     */
    @Override
    public ChatMemory get(Object conversationId) {
        return MessageWindowChatMemory.builder().id(conversationId).maxMessages(maxMessages).chatMemoryStore(store)
                .build();
    }

    private Conversation conversation(Object conversationId) {
        return conversations.use(conversationId,
                () -> new Conversation(new AtomicReference<>(List.of()), new AtomicReference<>()));
    }

    /** This process's messages of each conversation, for the AI service's memories. */
    private final class LocalStore implements ChatMemoryStore {

        @Override
        public List<ChatMessage> getMessages(Object conversationId) {
            return conversation(conversationId).messages().get();
        }

        @Override
        public void updateMessages(Object conversationId, List<ChatMessage> messages) {
            conversation(conversationId).messages().set(List.copyOf(messages));
        }

        /** Without making the conversation anew: the AI service clears a memory as it drops a forgotten one. */
        @Override
        public void deleteMessages(Object conversationId) {
            conversations.find(conversationId).ifPresent(conversation -> conversation.messages().set(List.of()));
        }
    }
}
