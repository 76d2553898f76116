package dev.articlechat.retrieval;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.EmbeddingCache;
import dev.articlechat.ingest.Passage;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * How well the passages' closest sentence answers a question, as a model trained to match questions with the passages
 * that answer them reads it: bge-small-en-v1.5 (quantized, in-process, English). all-MiniLM-L6-v2, which embeds the
 * passages, is trained for likeness of meaning, and finds "What's a good kimchi recipe?" as close to an article on
 * Korea as questions about it; this model puts most such questions of the development sets below the questions the
 * documents answer (docs/evaluation.md, twentieth pass). Its sentence vectors have their own on-disk cache.
 */
@Singleton
public class AnswerMatcher {

    /** The model's own instruction for a short question searching for the passages that answer it. */
    private static final String QUESTION_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private final SentenceVectors sentences;

    @Inject
    public AnswerMatcher(ArticleChatConfig config) {
        // the extension makes a bean of the embedding provider chosen only (all-MiniLM-L6-v2)
        this(new BgeSmallEnV15QuantizedEmbeddingModel(), config);
    }

    private AnswerMatcher(EmbeddingModel model, ArticleChatConfig config) {
        this(model, new EmbeddingCache(model, config));
    }

    public AnswerMatcher(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
        this.sentences = new SentenceVectors(model, cache);
    }

    /** The cosine of {@code question} with the sentence of {@code passages} that answers it best; 0 when none. */
    public double closest(String question, List<Passage> passages) {
        return sentences.closest(model.embed(QUESTION_INSTRUCTION + question).content(), passages);
    }

    /** The same for many questions, each with its passages, embedded in batches through the on-disk cache. */
    public double[] closest(List<String> questions, List<List<Passage>> passages) {
        sentences.embedAll(passages.stream().flatMap(List::stream).distinct().toList());
        List<Embedding> asked = cache.embedAll(questions.stream().map(q -> QUESTION_INSTRUCTION + q).toList());
        return IntStream.range(0, questions.size()).mapToDouble(i -> sentences.closest(asked.get(i), passages.get(i)))
                .toArray();
    }
}
