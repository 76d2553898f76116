package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A conversation dropped for another (the limit is one here) is forgotten: a follow-up on it is a 404, and the one
 * kept goes on. Dropping it also tells the AI service to drop its memory of it (ChatMemoryRemover), which must not
 * make it anew nor fail the ask that caused it.
 */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
@TestProfile(ForgottenConversationTest.OneConversation.class)
class ForgottenConversationTest extends StandInTest {

    public static class OneConversation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("article-chat.chat.max-conversations", "1");
        }
    }

    @Test
    void aConversationDroppedForAnotherIsForgottenAndAnswersGoOn() {
        String first = ChatResourceTest.ask("{\"question\": \"When was the treaty signed?\"}").getString("conversationId");
        String second = ChatResourceTest.ask("{\"question\": \"How many soldiers did North Korea send to Kursk?\"}")
                .getString("conversationId");

        given().contentType(ContentType.JSON)
                .body("{\"question\": \"What does it include?\", \"conversationId\": \"" + first + "\"}")
                .when().post("/api/chat")
                .then().statusCode(404);
        String followUp = ChatResourceTest.ask("{\"question\": \"How many of them were killed?\", \"conversationId\": \""
                + second + "\"}").getString("source");
        assertThat(followUp).isEqualTo("ollama");
    }
}
