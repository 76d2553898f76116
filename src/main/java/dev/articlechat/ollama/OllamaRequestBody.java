package dev.articlechat.ollama;

import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

/** The JSON body of a streamed {@code /api/chat} request, with the model knobs the user configured. */
final class OllamaRequestBody {

    private final ObjectMapper json;
    private final String model;
    private final double temperature;
    private final OptionalInt numPredict;
    private final ArticleChatConfig.Ollama ours;

    OllamaRequestBody(ObjectMapper json, String model, double temperature, OptionalInt numPredict,
            ArticleChatConfig.Ollama ours) {
        this.json = json;
        this.model = model;
        this.temperature = temperature;
        this.numPredict = numPredict;
        this.ours = ours;
    }

    String of(List<ChatMessage> messages, boolean sayThink) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("stream", true);
        if (sayThink) {
            // reasoning models (qwen3, deepseek-r1) think by default: hundreds of tokens before the answer, which
            // the reader would wait for; an Ollama older than 0.9 ignores the field
            body.put("think", false);
        }
        body.put("keep_alive", ours.keepAlive());
        var array = body.putArray("messages");
        for (ChatMessage message : messages) {
            array.addObject().put("role", role(message)).put("content", text(message));
        }
        ObjectNode options = body.putObject("options");
        options.put("temperature", temperature);
        options.put("num_ctx", ours.numCtx());
        numPredict.ifPresent(n -> options.put("num_predict", n));
        return body.toString();
    }

    private static String role(ChatMessage message) {
        return switch (message.type()) {
            case SYSTEM -> "system";
            case AI -> "assistant";
            default -> "user";
        };
    }

    private static String text(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return user.singleText();
        }
        if (message instanceof AiMessage ai) {
            return ai.text() == null ? "" : ai.text();
        }
        throw new IllegalArgumentException("Unsupported message type " + message.type());
    }
}
