package dev.articlechat.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.arc.ClientProxy;
import io.quarkus.logging.Log;

/**
 * Embeddings kept on disk between starts, keyed by the embedding model (the file's name) and the SHA-256 of the text
 * embedded. What is missing is embedded in batches (the in-process model spreads each over the cores) and saved.
 * The file ends with a CRC-32: a damaged, truncated or unreadable file is rebuilt with one warning, never a failed
 * start; a cache that cannot be written costs speed only.
 */
@Singleton
public class EmbeddingCache {

    private static final int MAGIC = 0x41434531;
    /**
     * Texts embedded in one call. The in-process model spreads a call over Quarkus's worker pool, which also serves
     * requests: in one call, a book's 5 093 words (embedded in the background once started) held a readiness check
     * 6.7 s on 2 cores; in batches, requests take their turn between them.
     */
    private static final int BATCH = 128;

    private record Key(long high, long low) {
    }

    private final EmbeddingModel model;
    private final Path file;
    private final int maxEntries;
    /** In access order: the entries used most recently are kept first when the file is pruned. */
    private Map<Key, float[]> entries;

    @Inject
    public EmbeddingCache(EmbeddingModel model, ArticleChatConfig config) {
        this(model, config.ingest().embeddingCache(), config.ingest().embeddingCacheEntries());
    }

    EmbeddingCache(EmbeddingModel model, Path folder, int maxEntries) {
        this.model = model;
        this.maxEntries = maxEntries;
        this.file = folder.resolve(ClientProxy.unwrap(model).getClass().getSimpleName() + "-" + model.dimension()
                + ".bin");
    }

    /** The embeddings of {@code texts}, in order. */
    public synchronized List<Embedding> embedAll(List<String> texts) {
        if (entries == null) {
            entries = load();
        }
        List<Key> keys = texts.stream().map(EmbeddingCache::key).toList();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (entries.get(keys.get(i)) == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> embedded = new ArrayList<>(missing.size());
            for (int from = 0; from < missing.size(); from += BATCH) {
                embedded.addAll(model.embedAll(missing.subList(from, Math.min(missing.size(), from + BATCH)).stream()
                        .map(i -> TextSegment.from(texts.get(i))).toList()).content());
            }
            for (int j = 0; j < missing.size(); j++) {
                entries.put(keys.get(missing.get(j)), embedded.get(j).vector());
            }
            save();
        }
        return keys.stream().map(key -> Embedding.from(entries.get(key))).toList();
    }

    private Map<Key, float[]> load() {
        Map<Key, float[]> loaded = new LinkedHashMap<>(256, 0.75f, true);
        CRC32 crc = new CRC32();
        try (var in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file)), crc))) {
            int dimension = model.dimension();
            if (in.readInt() != MAGIC || in.readInt() != dimension) {
                throw new IOException("not a cache of this model's embeddings");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                Key key = new Key(in.readLong(), in.readLong());
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                loaded.put(key, vector);
            }
            long expected = crc.getValue();
            if (in.readLong() != expected) {
                throw new IOException("checksum mismatch");
            }
            return loaded;
        } catch (NoSuchFileException e) {
            return loaded;
        } catch (IOException | RuntimeException e) {
            Log.warnf("The embedding cache %s is unreadable (%s): rebuilding it", file, e.getMessage());
            loaded.clear();
            return loaded;
        }
    }

    private void save() {
        List<Map.Entry<Key, float[]>> kept = new ArrayList<>(entries.entrySet());
        // most recently used last in access order: keep the newest maxEntries
        kept = kept.subList(Math.max(0, kept.size() - maxEntries), kept.size());
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            CRC32 crc = new CRC32();
            try (var out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary)), crc))) {
                out.writeInt(MAGIC);
                out.writeInt(model.dimension());
                out.writeInt(kept.size());
                for (Map.Entry<Key, float[]> entry : kept) {
                    out.writeLong(entry.getKey().high());
                    out.writeLong(entry.getKey().low());
                    for (float f : entry.getValue()) {
                        out.writeFloat(f);
                    }
                }
                out.flush();
                out.writeLong(crc.getValue());
            }
            // another instance may write the same file: each replaces it whole, never a torn file
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            Log.warnf("Cannot write the embedding cache %s (%s): the next start embeds again; set "
                    + "article-chat.ingest.embedding-cache to a writable folder", file, e.getMessage());
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            Log.debugf("Cannot delete %s: %s", temporary, e);
        }
    }

    private static Key key(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = high << 8 | (hash[i] & 0xff);
                low = low << 8 | (hash[i + 8] & 0xff);
            }
            return new Key(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Path file() {
        return file;
    }
}
