package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.SitePolicyProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Legal Markdown with long numbered lists, with no model. */
@QuarkusTest
@TestProfile(SitePolicyProfile.class)
class SitePolicyTest {

    /**
     * The DMCA policy's eight numbered steps are one Markdown list of over 5 000 characters. Cut between its items, the
     * step that answers is a passage of its own; as one passage, it was not among those offered.
     */
    @Test
    void aStepOfALongListIsFoundOnItsOwn() {
        String question = "After I send a counter notice, how long does the other side have to take me to court?";
        List<String> texts = given().queryParam("query", question).when().get("/api/passages").then().statusCode(200)
                .extract().jsonPath().getList("passages.text");
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("within 10-14 days").hasSizeLessThan(1500));
    }
}
