package dev.articlechat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.chat.ChatAnswer;

class FeedbackLogTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private static FeedbackRecord record(String conversation, int turn, String comment) {
        return new FeedbackRecord("2025-01-01T00:00:00Z", conversation, turn, "down", comment, "Q?", List.of(), "A.",
                List.of(), List.of(), ChatAnswer.Source.none, null, "stop");
    }

    @Test
    void concurrentRatingsAreWholeLinesNoneLost() throws Exception {
        FeedbackLog log = new FeedbackLog(folder.resolve("made/on/demand"), json, Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        // long comments, so that an interleaved write would show as a broken line
        String comment = "x".repeat(5000);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writes.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    log.append(record("c" + thread, i, comment));
                }
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(400);
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("comment").asText()).isEqualTo(comment);
            seen.add(node.get("conversationId").asText() + "#" + node.get("turn").asInt());
        }
        assertThat(seen).hasSize(400);
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhichFolderAndWhatToDo() throws Exception {
        // a folder where the file should be: not writable even for root
        Files.createDirectories(folder.resolve(FeedbackLog.FILE_NAME));
        FeedbackLog log = new FeedbackLog(folder, json, Optional.empty());
        assertThatThrownBy(() -> log.append(record("c", 0, null)))
                .isInstanceOf(FeedbackLog.Unwritable.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("article-chat.feedback.folder");
    }
}
