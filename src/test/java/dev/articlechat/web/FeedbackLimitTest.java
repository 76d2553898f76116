package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * At most {@code max-per-minute} ratings per client a minute. Readers behind the trusted proxy of {@link ProxyTest}
 * (its profile, so no other app start), so that this reader's limit is no other test's.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(ProxyTest.BehindProxy.class)
class FeedbackLimitTest extends StandInTest {

    @Inject
    ArticleChatConfig config;

    private static int rate(String client, String conversationId) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body("{\"conversationId\": \"" + conversationId + "\", \"turn\": 0, \"rating\": \"up\"}")
                .when().post("/api/feedback").then().extract().statusCode();
    }

    @Test
    void beyondTheLimitA429SaysWhenToTryAgainAndOtherReadersAreNotHeldUp() throws Exception {
        int limit = config.feedback().maxPerMinute();
        String id = ConversationExportTest.ask(ConversationExportTest.TREATY, null).getString("conversationId");
        int before = FeedbackTest.stored().size();
        for (int i = 0; i < limit; i++) {
            assertThat(rate("203.0.113.20", id)).as("rating %d of %d", i + 1, limit).isEqualTo(204);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.20")
                .body("{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"down\"}")
                .when().post("/api/feedback")
                .then().statusCode(429).contentType(ContentType.JSON)
                .body("error", containsString("the limit is " + limit + " a minute"))
                .body("error", containsString("try again in"));
        // mistakes are not counted against anyone: they store nothing
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.20")
                .body("{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"meh\"}")
                .when().post("/api/feedback").then().statusCode(400);
        assertThat(rate("203.0.113.21", id)).as("another reader").isEqualTo(204);
        assertThat(FeedbackTest.stored()).hasSize(before + limit + 1);
    }
}
