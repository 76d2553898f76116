package dev.articlechat.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The article as read, cut and embedded once at start-up. A {@code @Singleton} (no client proxy), so callers
 * read its state directly.
 */
@Singleton
public class ArticleIndex {

    private final InMemoryEmbeddingStore<Passage> store = new InMemoryEmbeddingStore<>();
    private volatile List<SourceDocument> documents = List.of();
    private volatile Map<String, Passage> passages = Map.of();
    private volatile boolean ready;

    void onStart(@Observes StartupEvent event, ArticleChatConfig config, DocumentLoader loader,
            PassageSplitter splitter, EmbeddingModel embeddingModel) {
        long started = System.nanoTime();
        List<SourceDocument> loaded = loader.load(config.documents());
        List<Passage> cut = new ArrayList<>();
        for (SourceDocument document : loaded) {
            for (PassageSplitter.Cut c : splitter.split(document.text(), document.title())) {
                String id = "p%02d".formatted(cut.size() + 1);
                cut.add(new Passage(id, document.name(), c.section(), document.text().substring(c.start(), c.end()),
                        c.start(), c.end()));
            }
        }
        long embeddingStarted = System.nanoTime();
        List<TextSegment> segments = cut.stream().map(ArticleIndex::embeddedText).toList();
        List<Embedding> embeddings = embeddingModel.embedAll(segments).content();
        store.addAll(embeddings, cut);
        long finished = System.nanoTime();

        Map<String, Passage> byId = new LinkedHashMap<>();
        cut.forEach(p -> byId.put(p.id(), p));
        documents = List.copyOf(loaded);
        passages = byId;
        ready = true;
        Log.infof("Indexed %d passages from %d document(s) of %s in %d ms (embedding %d ms)", cut.size(),
                loaded.size(), config.documents().toAbsolutePath(), (finished - started) / 1_000_000,
                (finished - embeddingStarted) / 1_000_000);
    }

    /** The section heading goes into the vector too: it often names what the passage is about. */
    private static TextSegment embeddedText(Passage passage) {
        return TextSegment.from(passage.section() + "\n" + passage.text());
    }

    public boolean ready() {
        return ready;
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<Passage> passages() {
        return List.copyOf(passages.values());
    }

    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(passages.get(id));
    }

    public InMemoryEmbeddingStore<Passage> store() {
        return store;
    }
}
