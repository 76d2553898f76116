package dev.articlechat.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.eval.EvalCase;
import dev.articlechat.eval.EvalSet;
import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the model is sent: the evaluation set's conversations are asked over REST, in order, and every request the
 * stand-in receives is counted against the same request carrying the whole article instead of the retrieved
 * passages. Also how much of each prompt repeats the start of the one before it, which Ollama's prompt cache
 * (kept while the model stays loaded, {@code keep_alive}) does not evaluate again.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@WithTestResource(StandInOllamaResource.class)
class PromptTokensBenchmark {

    private static final String OPEN = "<<<PASSAGES\n";
    private static final String CLOSE = "PASSAGES>>>";

    @TestHTTPResource("/")
    URI base;

    private final StandInOllama ollama = StandInOllamaResource.ollama();

    @Test
    void promptTokensPerQuestion() throws Exception {
        String loadBefore = Figure.loadNow();
        ollama.reset();
        int questions = 0;
        for (EvalCase conversation : EvalSet.load(EvalSet.QUESTIONS)) {
            String id = null;
            for (EvalCase.EvalTurn turn : conversation.turns()) {
                HttpAsks.Reply reply = HttpAsks.rest(base, turn.question(), id);
                id = new JsonObject(reply.body()).getString("conversationId");
                questions++;
            }
        }
        String article = Corpora.article();
        List<Double> words = new ArrayList<>();
        List<Double> tokens = new ArrayList<>();
        List<Double> wholeWords = new ArrayList<>();
        List<Double> wholeTokens = new ArrayList<>();
        List<Double> shared = new ArrayList<>();
        List<Double> sharedInArticleOrder = new ArrayList<>();
        String previous = "";
        String previousInArticleOrder = "";
        int maxTokens = 0;
        for (JsonObject request : ollama.answerRequests()) {
            JsonArray messages = request.getJsonArray("messages");
            PromptCounter.Count sent = PromptCounter.count(messages);
            PromptCounter.Count whole = PromptCounter.count(withWholeArticle(messages, article));
            words.add((double) sent.words());
            tokens.add((double) sent.tokens());
            wholeWords.add((double) whole.words());
            wholeTokens.add((double) whole.tokens());
            maxTokens = Math.max(maxTokens, sent.tokens());
            String text = PromptCounter.text(messages);
            shared.add(PromptCounter.sharedPrefix(previous, text));
            previous = text;
            String inArticleOrder = PromptCounter.text(ArticleOrder.reorder(messages, article));
            sharedInArticleOrder.add(PromptCounter.sharedPrefix(previousInArticleOrder, inArticleOrder));
            previousInArticleOrder = inArticleOrder;
        }
        int asked = ollama.answerRequests().size();
        int numCtx = ollama.answerRequests().get(0).getJsonObject("options").getInteger("num_ctx");
        List<Figure> figures = List.of(
                Figure.of("questions asked (the evaluation set, in order)", questions, ""),
                Figure.of("of which sent to the model (the rest refused without a model call)", asked, ""),
                Figure.of("prompt words per model call (mean)", PromptCounter.mean(words), "words"),
                Figure.of("same with the whole article instead of the passages (mean)", PromptCounter.mean(wholeWords),
                        "words"),
                Figure.of("prompt tokens per model call (mean, WordPiece)", PromptCounter.mean(tokens), "tokens"),
                Figure.of("same with the whole article (mean, WordPiece)", PromptCounter.mean(wholeTokens), "tokens"),
                Figure.of("prompt tokens sent / whole article", PromptCounter.mean(tokens)
                        / PromptCounter.mean(wholeTokens), ""),
                Figure.of("largest prompt (WordPiece tokens) against num_ctx " + numCtx, maxTokens, "tokens")
                        .against(Figure.Target.atMost(numCtx)),
                Figure.of("prompt shared with the previous call's start (mean)", PromptCounter.mean(shared), ""),
                Figure.of("same if the passages were sent in the article's order (what-if)",
                        PromptCounter.mean(sharedInArticleOrder), ""));
        BenchReport.write("4-prompt-tokens", "./mvnw clean verify -Pbench (PromptTokensBenchmark)", loadBefore, figures, List.of(
                "counters: whitespace words (the stand-in's prompt_eval_count) and all-MiniLM WordPiece tokens, over all messages of each /api/chat request (system with passages, earlier turns, question)",
                "whole article: the same request with the passage block of the system message replaced by the article's full text",
                "shared prefix: characters of each prompt (role + content, in order) equal to the start of the previous prompt, over its length; questions asked in evaluation-set order"));
    }

    /** The request's messages with the whole article where the retrieved passages were. */
    private static JsonArray withWholeArticle(JsonArray messages, String article) {
        JsonArray copy = messages.copy();
        JsonObject system = copy.getJsonObject(0);
        String content = system.getString("content");
        int open = content.indexOf(OPEN);
        int close = content.lastIndexOf(CLOSE);
        system.put("content", content.substring(0, open + OPEN.length()) + article + "\n" + content.substring(close));
        return copy;
    }
}
