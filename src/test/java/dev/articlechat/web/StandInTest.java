package dev.articlechat.web;

import java.net.URI;

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
}
