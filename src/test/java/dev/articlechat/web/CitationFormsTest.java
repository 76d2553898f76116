package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/** A model that cites in another form than [n]: the answer reaches the reader with checked [n] and nothing raw. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class CitationFormsTest extends StandInTest {

    static Stream<Arguments> forms() {
        return Stream.of("[Passage %d]", "[source %d]", "(Source %d).", "— Source %d.", "(%d).", "【%d】", "【%d†source】",
                "[^%1$d]\n\n[^%1$d]: the passage it quotes").flatMap(form -> Stream.of(Transport.REST, Transport.WEBSOCKET)
                        .map(transport -> Arguments.of(form, transport)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("forms")
    void eachFormIsCheckedLikeN(String form, Transport transport) throws Exception {
        ollama.citeAs(form);
        JsonObject done = transport.ask(base, "When was the treaty signed?").data();
        String answer = done.getString("answer");
        assertThat(answer).contains("June 2024").containsPattern("\\[\\d]")
                .doesNotContainPattern("(?i)passage|source|【|\\[\\^|\\(\\d\\)");
        assertThat(done.getJsonArray("citations")).hasSize(1);
        ChatResourceTest.assertCitationsValid(JsonPath.from(done.encode()));
    }
}
