package dev.articlechat.retrieval;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.EmbeddingCache;
import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.Sentences;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * The vectors of the documents' sentences, embedded on first need and kept in memory (the documents bound them):
 * what the topic gate and the sentence ranker compare a question with. Many at once (at start-up) go through the
 * on-disk {@link EmbeddingCache}; one question's few are embedded directly, so no answer waits on a file write. One
 * instance per model: the question-answering model's ({@link AnswerMatcher}) has its own.
 */
@Singleton
public class SentenceVectors {

    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private final Map<String, Embedding> vectors = new ConcurrentHashMap<>();
    /** Each passage's statements by its id: the baseline reads the same passages for many generic questions. */
    private final Map<String, List<String>> statements = new ConcurrentHashMap<>();

    public SentenceVectors(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    /** The vector of one sentence (or a few read together). */
    public Embedding of(String text) {
        return vectors.computeIfAbsent(text, t -> model.embed(t).content());
    }

    /** Embeds the sentences of {@code passages} not embedded yet, in one batch through the on-disk cache. */
    void embedAll(List<Passage> passages) {
        embedMissing(statements(passages), cache::embedAll);
    }

    /** How close (cosine) the sentence of {@code passages} closest to {@code vector} is; 0 when they have none. */
    double closest(Embedding vector, List<Passage> passages) {
        List<String> statements = statements(passages);
        // one batch, which the in-process model spreads over the cores
        embedMissing(statements, texts -> model.embedAll(texts.stream().map(TextSegment::from).toList()).content());
        return statements.stream().mapToDouble(s -> CosineSimilarity.between(vector, vectors.get(s))).max().orElse(0);
    }

    private void embedMissing(List<String> statements, Function<List<String>, List<Embedding>> embedder) {
        List<String> missing = statements.stream().filter(s -> !vectors.containsKey(s)).toList();
        List<Embedding> embedded = missing.isEmpty() ? List.of() : embedder.apply(missing);
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), embedded.get(i));
        }
    }

    private List<String> statements(List<Passage> passages) {
        return passages.stream().flatMap(p -> statements(p).stream()).distinct().toList();
    }

    /** The sentences of a passage that state something: a document's own questions answer nothing. */
    private List<String> statements(Passage passage) {
        return statements.computeIfAbsent(passage.id(), id -> {
            String text = passage.plain().text();
            return Sentences.of(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end()))
                    .filter(s -> !s.endsWith("?")).toList();
        });
    }
}
