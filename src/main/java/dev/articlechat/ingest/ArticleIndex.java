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
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The documents as read, cut and embedded once at start-up. A {@code @Singleton} (no client proxy), so callers
 * read its state directly.
 */
@Singleton
public class ArticleIndex {

    private final InMemoryEmbeddingStore<Passage> store = new InMemoryEmbeddingStore<>();
    private volatile List<SourceDocument> documents = List.of();
    private volatile List<Skipped> skipped = List.of();
    private volatile Map<String, Passage> passages = Map.of();
    private volatile boolean ready;

    void onStart(@Observes StartupEvent event, ArticleChatConfig config, DocumentLoader loader,
            PassageSplitter splitter, EmbeddingCache embeddings) {
        long started = System.nanoTime();
        Corpus corpus = loader.load(config.documents());
        List<Passage> cut = new ArrayList<>();
        for (Corpus.Loaded loaded : corpus.documents()) {
            SourceDocument document = loaded.document();
            for (PassageSplitter.Cut c : splitter.split(document.text(), loaded.structure())) {
                String id = "p%02d".formatted(cut.size() + 1);
                cut.add(new Passage(id, document.name(), c.section(), c.headings(),
                        document.text().substring(c.start(), c.end()), loaded.structure().plain().slice(c.start(), c.end()),
                        c.start(), c.end()));
            }
        }
        long embeddingStarted = System.nanoTime();
        boolean oneTitle = cut.stream().map(p -> p.headings().get(0)).distinct().count() == 1;
        List<Embedding> vectors = embeddings.embedAll(cut.stream().map(p -> embedded(p, oneTitle)).toList());
        store.addAll(vectors, cut);
        long finished = System.nanoTime();

        Map<String, Passage> byId = new LinkedHashMap<>();
        cut.forEach(p -> byId.put(p.id(), p));
        documents = corpus.documents().stream().map(Corpus.Loaded::document).toList();
        skipped = corpus.skipped();
        passages = byId;
        ready = true;
        Log.infof("Indexed %d passages from %d document(s) of %s in %d ms (embedding %d ms)", cut.size(),
                documents.size(), config.documents().toAbsolutePath(), (finished - started) / 1_000_000,
                (finished - embeddingStarted) / 1_000_000);
    }

    /**
     * What a passage is embedded as: its heading path, then its text. The headings say what it is about ("GPU › AMD
     * Radeon › Linux Support" over a list of cards), which its own sentences may not name; with the last heading
     * alone, the evidence was among the passages offered for 22 fewer of 2 301 development questions
     * (docs/evaluation.md). A title that every passage shares (the only document's) tells none apart and pulls every
     * vector toward it, so it is left out, unless it is all the path there is. Keyword search keeps the last heading
     * only ({@link Passage#searched()}): with the whole path there too, recall was 4 lower.
     */
    private static String embedded(Passage passage, boolean sharedTitle) {
        List<String> path = passage.headings();
        List<String> shown = sharedTitle && path.size() > 1 ? path.subList(1, path.size()) : path;
        return String.join("\n", shown) + "\n" + passage.plain().text();
    }

    public boolean ready() {
        return ready;
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    /** The files of the documents folder that are not served, and why. */
    public List<Skipped> skipped() {
        return skipped;
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
