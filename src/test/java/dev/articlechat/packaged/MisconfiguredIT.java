package dev.articlechat.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;

/** A setting out of range stops the packaged app at start-up with a message that names the setting. */
class MisconfiguredIT {

    @Test
    void aFusionKBelowOneStopsTheAppNamingTheSetting() throws Exception {
        try (PackagedApp app = PackagedApp.launch(List.of(), Map.of("article-chat.retrieval.fusion-k", "0",
                "article-chat.documents", Corpora.ARTICLE_FOLDER.toAbsolutePath().toString()))) {
            assertThat(app.exitsWithin(Duration.ofSeconds(60))).as("exited by itself:\n%s", app.log()).isTrue();
            assertThat(app.log()).contains("article-chat.retrieval.fusion-k must be 1 or more; it is 0");
        }
    }
}
