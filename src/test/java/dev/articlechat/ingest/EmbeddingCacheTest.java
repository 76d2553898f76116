package dev.articlechat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/** A warm start embeds nothing it has seen; a changed text only itself; a damaged cache is rebuilt, never fatal. */
class EmbeddingCacheTest {

    /** Vectors made from the text, and a record of what was embedded. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> embedded.add(s.text()));
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] { s.text().length(),
                    s.text().hashCode(), s.text().charAt(0), 1f })).toList());
        }

        @Override
        public int dimension() {
            return 4;
        }
    }

    private final CountingModel model = new CountingModel();

    @Test
    void aWarmStartEmbedsOnlyWhatIsNewOrChanged(@TempDir Path folder) {
        List<Embedding> cold = new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha", "beta", "gamma"));
        assertThat(model.embedded).containsExactly("alpha", "beta", "gamma");

        model.embedded.clear();
        List<Embedding> warm = new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha", "beta", "gamma"));
        assertThat(model.embedded).isEmpty();
        assertThat(warm).isEqualTo(cold);

        new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha", "beta changed", "gamma"));
        assertThat(model.embedded).containsExactly("beta changed");
    }

    @Test
    void aDamagedCacheIsRebuilt(@TempDir Path folder) throws Exception {
        EmbeddingCache first = new EmbeddingCache(model, folder, 100);
        first.embedAll(List.of("alpha", "beta"));
        byte[] bytes = Files.readAllBytes(first.file());
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(first.file(), bytes);

        model.embedded.clear();
        new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha", "beta"));
        assertThat(model.embedded).containsExactly("alpha", "beta");

        Files.write(first.file(), new byte[] { 1, 2, 3 });
        model.embedded.clear();
        new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha"));
        assertThat(model.embedded).containsExactly("alpha");

        model.embedded.clear();
        new EmbeddingCache(model, folder, 100).embedAll(List.of("alpha", "beta"));
        assertThat(model.embedded).as("the rebuilt cache is read again; what the damage lost is embedded again")
                .containsExactly("beta");
    }

    @Test
    void aCacheThatCannotBeWrittenCostsSpeedOnly(@TempDir Path folder) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        assertThat(new EmbeddingCache(model, notAFolder, 100).embedAll(List.of("alpha"))).hasSize(1);
        assertThat(new EmbeddingCache(model, notAFolder, 100).embedAll(List.of("alpha"))).hasSize(1);
        assertThat(model.embedded).containsExactly("alpha", "alpha");
    }

    @Test
    void theFileKeepsTheMostRecentlyUsedEntriesUpToItsLimit(@TempDir Path folder) {
        new EmbeddingCache(model, folder, 2).embedAll(List.of("one", "two", "three"));
        model.embedded.clear();
        new EmbeddingCache(model, folder, 2).embedAll(List.of("one", "two", "three"));
        assertThat(model.embedded).containsExactly("one");
    }
}
