package dev.articlechat.chat;

import jakarta.enterprise.context.ApplicationScoped;

import dev.articlechat.ollama.OllamaModelSupplier;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.quarkiverse.langchain4j.runtime.aiservice.ChatEvent;
import io.smallrye.mutiny.Multi;

/**
 * The model, asked about the article. This turn's passages go into the system message, so the conversation
 * memory keeps only questions and answers (a fresh system message replaces the last one).
 * Application-scoped: conversations outlive a request.
 */
@ApplicationScoped
@RegisterAiService(streamingChatLanguageModelSupplier = OllamaModelSupplier.class,
        retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class)
public interface ArticleAssistant {

    @SystemMessage(fromResource = "prompts/system.txt")
    @UserMessage("{question}")
    Multi<ChatEvent> answer(@MemoryId String conversationId, @V("passages") String passages,
            @V("question") String question);
}
