package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A reader whose ask waits for the model is told so, and Stop takes it out of the queue at once. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(QueueTest.OneAtATime.class)
class QueuePageTest extends BrowserTest {

    @TestHTTPResource("/")
    java.net.URI base;

    @Test
    void aQueuedAskSaysItWaitsForTheModelAndStopLeavesTheQueue() throws Exception {
        ollama.latency(Duration.ofSeconds(4), Duration.ofMillis(1));
        try (SocketClient other = new SocketClient(base)) {
            other.ask("other", "When was the treaty signed?");
            open();
            ask("What does the treaty include?");
            expect(lastReply().locator(".thinking")).containsText("Waiting for the model: yours is next");
            screenshot("queued");
            accessible("an ask waiting for the model");

            page.locator("#stop").click();
            // a stopped ask ends with a done whose doneReason is "stopped", queued or not (as in PageTest)
            expect(lastReply()).hasAttribute("data-state", "stopped");
            expect(lastReply().locator(".note")).hasText("Stopped.");
            other.send("{\"type\": \"stop\"}");
            other.end();
        }
        assertThat(ollama.answerRequests()).hasSize(1);
    }
}
