package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What an operator sees at /q/metrics move as readers ask. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class MetricsTest extends StandInTest {

    @Test
    void answersRefusalsAndFaultsAreCounted() {
        double answered = value("articlechat_answers_seconds_count", "done_reason=\"stop\",source=\"ollama\"");
        double refused = value("articlechat_refusals_before_model_total", "");
        double faults = value("articlechat_ollama_faults_total", "kind=\"stream_error\"");

        ChatResourceTest.ask("{\"question\": \"When was the treaty signed?\"}");
        ChatResourceTest.ask("{\"question\": \"How do I bake sourdough bread?\"}");
        ollama.script(Fault.ERROR_MID_STREAM);
        ChatResourceTest.ask("{\"question\": \"When was the treaty signed?\"}");

        assertThat(value("articlechat_answers_seconds_count", "done_reason=\"stop\",source=\"ollama\""))
                .isEqualTo(answered + 1);
        assertThat(value("articlechat_refusals_before_model_total", "")).isEqualTo(refused + 1);
        assertThat(value("articlechat_ollama_faults_total", "kind=\"stream_error\"")).isEqualTo(faults + 1);
        String metrics = metrics();
        assertThat(metrics).contains("articlechat_queue_waiting ", "articlechat_generations_active ",
                "articlechat_answer_first_token_seconds_bucket", "articlechat_queue_wait_seconds_count");
    }

    /** A sample's value, 0 when the series does not exist yet; {@code labels} are the start of its label set. */
    private static double value(String name, String labels) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{" + Pattern.quote(labels) + "[^}]*})? (\\S+)$",
                Pattern.MULTILINE).matcher(metrics());
        return sample.find() ? Double.parseDouble(sample.group(2)) : 0;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
