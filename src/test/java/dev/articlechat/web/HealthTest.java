package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Readiness is the article; Ollama's state is reported beside it without making the app unready. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class HealthTest {

    private static final String OLLAMA = "checks.find { it.name == 'ollama' }";

    @AfterEach
    void reset() {
        StandInOllamaResource.ollama().reset();
    }

    /** The readiness response, UP whatever Ollama's state, with its Ollama check. */
    static ValidatableResponse ollamaCheck() {
        return given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'article' }.status", equalTo("UP"))
                .body(OLLAMA + ".status", equalTo("UP"));
    }

    @Test
    void reportsOllamaWithTheModelPulled() {
        ollamaCheck()
                .body(OLLAMA + ".data.reachable", equalTo(true))
                .body(OLLAMA + ".data.model", equalTo("llama3.2"))
                .body(OLLAMA + ".data.modelPresent", equalTo(true))
                .body(OLLAMA + ".data.fix", nullValue());
    }

    /** Conversations stay in this process by default: Redis is neither asked nor a reason to be unready. */
    @Test
    void redisIsReportedUnusedByDefault() {
        ollamaCheck()
                .body("checks.find { it.name == 'redis' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'redis' }.data.used", equalTo(false));
    }

    @Test
    void saysWhichModelToPullWhenItIsMissing() {
        StandInOllamaResource.ollama().models("qwen2.5:3b");
        ollamaCheck()
                .body(OLLAMA + ".data.reachable", equalTo(true))
                .body(OLLAMA + ".data.modelPresent", equalTo(false))
                .body(OLLAMA + ".data.fix", equalTo("ollama pull llama3.2"));
    }
}
