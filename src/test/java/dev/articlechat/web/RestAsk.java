package dev.articlechat.web;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** One question over REST, answered with 200: the answer's JSON, for tests that read what was answered. */
final class RestAsk {

    private RestAsk() {
    }

    static JsonPath ask(String question) {
        return askWith(Map.of("question", question));
    }

    /** A follow-up: {@code question} asked in the conversation that {@code previous} answered in. */
    static JsonPath askAfter(JsonPath previous, String question) {
        return askWith(Map.of("question", question, "conversationId", previous.getString("conversationId")));
    }

    /** A request body with more than the question (a {@code conversationId}, {@code documents}): a map or JSON. */
    static JsonPath askWith(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/chat")
                .then().statusCode(200).extract().jsonPath();
    }
}
