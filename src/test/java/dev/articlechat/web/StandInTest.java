package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A test of the app against the stand-in Ollama (subclasses are {@code @QuarkusTest}s with
 * {@code @WithTestResource(StandInOllamaResource.class)}): the stand-in starts each test with no fault and no record.
 */
abstract class StandInTest {

    final StandInOllama ollama = StandInOllamaResource.ollama();

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void resetStandIn() {
        ollama.reset();
    }

    /** Waits up to 10 s until the stand-in has received {@code count} requests for answers, and checks it has. */
    void awaitAnswerRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ollama.answerRequests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ollama.answerRequests()).hasSize(count);
    }
}
