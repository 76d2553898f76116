package dev.articlechat.ollama;

import java.util.function.Supplier;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.quarkus.arc.Arc;

/** Hands our line-by-line Ollama client to the AI service (the extension instantiates suppliers reflectively). */
public class OllamaModelSupplier implements Supplier<StreamingChatModel> {

    @Override
    public StreamingChatModel get() {
        return Arc.container().instance(OllamaStreamingChatModel.class).get();
    }
}
