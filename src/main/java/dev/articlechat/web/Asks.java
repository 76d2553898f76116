package dev.articlechat.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import dev.articlechat.chat.Ask;
import dev.articlechat.chat.ChatService;
import dev.articlechat.metrics.ChatMeters;

/**
 * The one path every ask takes, over REST, SSE and WebSocket alike: validate, take one of the client's slots,
 * ask, and give the slot back when the answer's events end (or are cancelled). Bad input and an exhausted limit
 * are {@link ApiException}s, before any work is spent.
 */
@Singleton
public class Asks {

    private final ChatService chat;
    private final QuestionValidator validator;
    private final DocumentChoice documentChoice;
    private final ClientLimits limits;
    private final ChatMeters meters;

    public Asks(ChatService chat, QuestionValidator validator, DocumentChoice documentChoice, ClientLimits limits,
            ChatMeters meters) {
        this.meters = meters;
        this.chat = chat;
        this.validator = validator;
        this.documentChoice = documentChoice;
        this.limits = limits;
    }

    /** Validates the question and documents; {@code conversation} is called only once they are valid. */
    public Ask start(String client, String question, List<String> documents, Supplier<String> conversation) {
        String valid = validator.valid(question, "question");
        Set<String> chosen = documentChoice.valid(documents);
        String conversationId = conversation.get();
        Runnable release;
        try {
            release = limits.acquire(client);
        } catch (ApiException e) {
            meters.rejected("client.limit");
            throw e;
        }
        Ask ask = chat.ask(conversationId, valid, chosen);
        return new Ask(ask.events().onTermination().invoke(release), ask.stopper());
    }

}
