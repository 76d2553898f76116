package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static dev.articlechat.web.RestAsk.ask;
import static dev.articlechat.web.RestAsk.askAfter;
import static dev.articlechat.web.RestAsk.askWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.corpus.OllamaDocsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A folder of Markdown documents served end to end: sources, exact offsets, plain text, choosing documents. */
@QuarkusTest
@TestProfile(OllamaDocsProfile.class)
class MarkdownCorpusTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentIsASourceWithItsTitleFormatAndExactPassages() {
        JsonPath article = given().when().get("/api/article").then().statusCode(200).extract().jsonPath();
        assertThat(article.getList("documents.name")).containsExactly("docker.md", "faq.md", "gpu.md", "linux.md",
                "macos.md", "modelfile.md", "troubleshooting.md");
        assertThat(article.getList("documents.format")).containsOnly("markdown");
        assertThat(article.getList("documents.title")).contains("FAQ", "Ollama Model File", "How to troubleshoot issues");
        Map<String, String> texts = new java.util.HashMap<>();
        article.getList("documents.findAll { true }", Map.class)
                .forEach(d -> texts.put((String) d.get("name"), (String) d.get("text")));
        List<Map<String, Object>> passages = article.getList("passages");
        assertThat(passages).hasSizeGreaterThan(50).allSatisfy(p -> {
            String text = texts.get((String) p.get("document"));
            assertThat(text.substring((Integer) p.get("start"), (Integer) p.get("end"))).isEqualTo(p.get("text"));
            assertThat((List<String>) p.get("headings")).isNotEmpty().last().isEqualTo(p.get("section"));
            assertThat((String) p.get("plain")).isNotBlank().doesNotContain("```", "**", "](");
        });
        assertThat(texts.get("faq.md")).isEqualTo(Corpora.read(Corpora.OLLAMA_DOCS.resolve("faq.md")));
    }

    /**
     * When the sentence that matches best and the runner-up score nearly alike, the ranking cannot tell which carries
     * the answer, and both are quoted: here the second says why ("…reduces the amount of data transferring across
     * the PCI bus"). Before, the answer was the first alone.
     */
    @Test
    void twoSentencesThatMatchNearlyAlikeAreBothQuoted() {
        JsonPath answer = ask(
                "why does ollama put a model on just one of my gpus instead of spreading it across all of them?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("PCI bus");
    }

    /**
     * "Why" likely wants a reason, and the sentence that gives one with a causal connective
     * (language/en/answer-kinds.txt) ranks higher: without it, the answer quoted only the sentences that restate the
     * question.
     */
    @Test
    void aWhyQuestionIsAnsweredByTheSentenceThatGivesTheReason() {
        JsonPath answer = ask("Why does Ollama load only one model at a time on Radeon GPUs under Windows?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("due to limitations in ROCm");
    }

    /**
     * Without a model: of sentences that match about as well, the one in the passage retrieval put first leads: the
     * step that names what to install. Without the bonus for it, the yum variant of a later passage came first.
     */
    @Test
    void aSentenceOfTheFirstPassageOfferedLeadsWhenTheMatchIsClose() {
        JsonPath answer = ask("What do I need to install so the Docker container can use an NVIDIA card?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).startsWith("“Install the NVIDIA Container Toolkit.” [1]");
    }

    /**
     * A table's row is one sentence and is quoted whole. Before, the sentence rules ended a "sentence" at a cell's full
     * stop and ran the next row into it: "(Default: 40) int top_k 40 top_p Works together with top-k." The long table
     * is cut between rows, so this row's passage does not hold the header row, and none is quoted
     * ({@code TableHeaderTest}).
     */
    @Test
    void aTablesRowIsQuotedWhole() {
        JsonPath answer = ask("What's top_k set to by default, and what happens if I raise it?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer"))
                .contains("“top_k\tReduces the probability of generating nonsense.")
                .contains("(Default: 40)\tint\ttop_k 40”")
                .doesNotContain("top_p")
                .doesNotContain("Parameter\tDescription");
    }

    /**
     * A passage is embedded with its heading path: the answer to "oldest macOS" is under "Ollama for macOS › System
     * Requirements", which names no version's age. With the last heading alone it was not among the passages offered.
     */
    @Test
    void aPassageIsFoundByTheHeadingsAboveIt() {
        List<String> sections = given().queryParam("query", "What's the oldest version of macOS I can run Ollama on?")
                .when().get("/api/passages").then().statusCode(200).extract().jsonPath().getList("passages.section");
        assertThat(sections).contains("System Requirements");
    }

    @Test
    void retrievalLooksOnlyInTheChosenDocuments() {
        String query = "How do I use an NVIDIA GPU?";
        List<String> everywhere = given().queryParam("query", query).when().get("/api/passages")
                .then().statusCode(200).extract().jsonPath().getList("passages.document");
        assertThat(everywhere).contains("gpu.md");
        List<String> chosen = given().queryParam("query", query)
                .when().get("/api/passages?documents=docker.md&documents=linux.md")
                .then().statusCode(200).extract().jsonPath().getList("passages.document");
        assertThat(chosen).isNotEmpty().allMatch(d -> d.equals("docker.md") || d.equals("linux.md"));
        given().queryParam("query", query).when().get("/api/passages?documents=nope.md")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString("'nope.md'"));
    }

    @Test
    void anExtractiveAnswerCitesTheChosenDocumentAndQuotesItsPlainWords() {
        String body = "{\"question\": \"How do I run Ollama with an NVIDIA GPU in Docker?\", \"documents\": [\"docker.md\"]}";
        JsonPath answer = askWith(body);
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getList("citations.document")).isNotEmpty().containsOnly("docker.md");
        String everywhere = "{\"question\": \"How do I run Ollama with an NVIDIA GPU in Docker?\", \"documents\": []}";
        assertThat(askWith(everywhere).getList("retrieved")).as("an empty list means all")
                .hasSize(4);
        assertThat(answer.getString("answer")).doesNotContain("```", "**", "`");
        String docker = Corpora.read(Corpora.OLLAMA_DOCS.resolve("docker.md"));
        List<Map<String, Object>> quotes = answer.getList("citations.quotes.flatten()");
        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            String source = docker.substring((Integer) q.get("start"), (Integer) q.get("end"));
            // the source range starts and ends with the quoted words and holds them in order, markup between them
            List<String> quoted = words((String) q.get("text"));
            List<String> slice = words(source);
            assertThat(slice.get(0)).isEqualTo(quoted.get(0));
            assertThat(slice.get(slice.size() - 1)).isEqualTo(quoted.get(quoted.size() - 1));
            assertThat(slice).containsSubsequence(quoted);
            assertThat(answer.getString("answer")).contains((String) q.get("text"));
        });
    }

    /**
     * Without a model: a question whose "WSL2" and "10" only the passage's heading holds ("Why is networking slow in
     * WSL2 on Windows 10?") is answered, and the sentence that restates the problem is followed by the one that
     * fixes it.
     */
    @Test
    void aHeadingCountsAsPartOfItsPassageAndTheAnswerFollowsWhatRestatesTheQuestion() {
        JsonPath answer = ask("downloads are really slow under WSL2 on windows 10, what setting should I turn off?");
        assertThat(answer.getString("source")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("vEthernel (WSL) adapter");

        JsonPath fix = ask("SELinux stops my container from reaching the AMD GPU. What can I run on the host?");
        assertThat(fix.getString("answer"))
                .contains("SELinux can prevent containers from accessing the AMD GPU devices.")
                .contains("sudo setsebool container_use_devices=1");
    }

    /**
     * Without a model to rewrite a follow-up, it is searched with the previous question's words and on its own: its
     * own words name what it adds ("run a model inside that container"), the previous ones what "that" is.
     */
    @Test
    void aFollowUpWithoutAModelIsAlsoSearchedOnItsOwnWords() {
        JsonPath followUp = askAfter(ask("What docker run command starts Ollama with access to my NVIDIA GPUs?"),
                "Once it's up, how do I run a model inside that container?");
        assertThat(followUp.getString("source")).isEqualTo("extractive");
        assertThat(followUp.getString("answer")).contains("docker exec -it ollama ollama run llama3.2");
    }

    /**
     * A follow-up's answer is what it asks, not the previous answer again: its standalone query holds the previous
     * question's words too, and the sentence that answered those ("see the list of devices with rocminfo") matched it
     * best until the follow-up's own words weighed more.
     */
    @Test
    void aFollowUpIsAnsweredOnWhatItAddsNotThePreviousAnswerAgain() {
        JsonPath first = ask("I have several AMD GPUs. Which tool shows me the device list so I can pick the ones"
                + " Ollama should use?");
        assertThat(first.getString("answer")).contains("rocminfo");
        JsonPath followUp = askAfter(first, "And if I want it to skip them all and just run on the CPU?");
        assertThat(followUp.getString("source")).isEqualTo("extractive");
        assertThat(followUp.getString("answer")).contains("use an invalid GPU ID").doesNotContain("rocminfo");
    }



    private static List<String> words(String text) {
        return List.of(text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }
}
