package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.pointer.JsonPointer;

/** The chat page over seven Markdown documents (Ollama's docs): the sources list, Markdown rendered, highlights. */
@QuarkusTest
@TestProfile(MarkdownPageTest.OllamaDocs.class)
@WithTestResource(StandInOllamaResource.class)
class MarkdownPageTest extends BrowserTest {

    public static class OllamaDocs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("article-chat.documents", Corpora.OLLAMA_DOCS.toString());
        }
    }

    private static final List<String> TITLES = List.of("Ollama Docker image", "FAQ", "GPU", "Linux",
            "Ollama for macOS", "Ollama Model File", "How to troubleshoot issues");
    /** Answered from troubleshooting.md, by a passage that ends inside a long paragraph. */
    private static final String GPU_ERRORS = "Ollama sometimes has difficulties initializing the GPU: what shows in the server logs?";

    @Test
    void theSourcesAreListedWithACheckboxEachAndRenderedAsMarkdown() {
        open();
        expect(page.locator("#article-heading")).hasText("Sources (7)");
        expect(page.locator("#open-article")).hasText("Sources (7)");
        expect(page.locator(".source .source-title")).hasText(TITLES.toArray(String[]::new));
        expect(page.locator(".source input[type=checkbox]:checked")).hasCount(7);
        expect(page.locator(".source").nth(5).locator(".source-meta")).hasText("32 passages · modelfile.md");
        expect(page.locator("#scope")).isHidden();
        assertThat(page.locator(".starter").allTextContents()).isNotEmpty()
                .noneMatch(TITLES::contains).noneMatch(s -> s.contains("the article"));

        Locator modelfile = page.locator("article[data-document='modelfile.md']");
        expect(modelfile.locator("h3")).hasText("Ollama Model File");
        expect(modelfile.locator("h4").first()).hasText("Table of Contents");
        expect(modelfile.locator("table").first()).containsText("Defines the base model to use.");
        expect(modelfile.locator("pre code").first()).containsText("INSTRUCTION arguments");
        String shown = page.locator("#article-text").innerText();
        assertThat(shown).doesNotContain("```", "| ---", "](");
        assertThat(page.locator("#article-text h1, #article-text h2").count()).as("below the pane's h2").isZero();
        // a web link opens apart from the page; a link into the folder (./gpu.md, #format) leads nowhere served
        expect(page.locator("#article-text a[href^='https://']").first()).hasAttribute("rel", "noopener noreferrer");
        expect(page.locator("#article-text a[href^='https://']:not([target=_blank])")).hasCount(0);
        expect(page.locator("#article-text a[href^='./'], #article-text a[href^='#']")).hasCount(0);

        accessible("the sources panel over seven Markdown documents");
        page.locator(".source").nth(5).locator(".source-show").click();
        expect(modelfile.locator("h3")).isInViewport();
        screenshot("markdown-modelfile");
    }

    @Test
    void filesThatAreNotServedAreNamed() {
        page.route("**/api/article", route -> {
            APIResponse served = route.fetch();
            JsonObject article = new JsonObject(served.text());
            article.put("skipped", new JsonArray().add(new JsonObject().put("name", "notes.pdf")
                    .put("reason", "not a .txt or .md file")));
            route.fulfill(new Route.FulfillOptions().setResponse(served).setBody(article.encode()));
        });
        open();
        expect(page.locator("#skipped")).hasText("Not served: notes.pdf — not a .txt or .md file");
    }

    @Test
    void aCitationIsHighlightedInTheRenderedMarkdown() {
        open();
        ask(GPU_ERRORS);
        expect(lastReply()).hasAttribute("data-state", "done");
        Locator cite = lastReply().locator(".answer .cite").first();
        String id = cite.getAttribute("data-passage");
        assertThat(passage(id, "document")).isEqualTo("troubleshooting.md");
        String plain = passage(id, "plain");

        cite.hover();
        expect(page.locator("#card .card-text a")).hasText("docker.md");
        assertThat(page.locator("#card .card-text").textContent()).doesNotContain("](");
        expect(lastReply().locator(".cite-entry .cite-text").first()).hasText(plain);

        cite.click();
        String marked = squeeze(highlighted());
        assertThat(marked).isNotEmpty();
        assertThat(squeeze(plain)).contains(marked);
        assertThat(marked).as("the paragraph goes on after the passage").doesNotContain("Thefollowing");
        expect(page.locator("#article mark.passage").first()).isInViewport();
        expect(page.locator("#article mark.passage mark.quote").first()).isVisible();
        expect(page.locator("#announce"))
                .hasText("Passage 1 is highlighted in “How to troubleshoot issues”, under “Linux NVIDIA Troubleshooting”.");
        page.mouse().move(0, 0);
        accessible("a passage highlighted in a rendered Markdown document");
        screenshot("markdown-passage");
    }

    @Test
    void anAskGoesToTheCheckedSourcesOnly() {
        List<String> sent = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> socket.onFrameSent(frame -> sent.add(frame.text())));
        open();
        Locator boxes = page.locator(".source input[type=checkbox]");
        for (int i = 1; i < 7; i++) {
            boxes.nth(i).uncheck();
        }
        expect(page.locator("#scope")).hasText("Asking 1 of 7 sources");

        ask("How do I run Ollama in Docker on a CPU only?");
        expect(lastReply()).hasAttribute("data-state", "done");
        JsonObject frame = new JsonObject(sent.stream().filter(f -> f.contains("\"ask\"")).reduce((a, b) -> b).orElseThrow());
        // the ask's documents field, read by JSON pointer so that no test source names the documents/ folder
        assertThat(((JsonArray) JsonPointer.from("/documents").queryJson(frame)).getList()).containsExactly("docker.md");
        List<String> cited = lastReply().locator(".answer .cite").all().stream()
                .map(c -> passage(c.getAttribute("data-passage"), "document")).toList();
        assertThat(cited).isNotEmpty().containsOnly("docker.md");
        lastReply().locator(".answer .cite").first().click();
        expect(page.locator("#article mark.passage").first()).isInViewport();
        page.mouse().move(0, 0);
        screenshot("page-markdown"); // docs/page-markdown.png is a copy of it, kept by hand

        boxes.first().uncheck();
        expect(page.locator("#send")).isDisabled();
        expect(page.locator("#scope")).hasText("Choose at least one source to ask.");
        boxes.first().check();
        expect(page.locator("#send")).isEnabled();
    }

    /** Text without its white space: Markdown reflows it, and list marks and tabs are the plain text's own. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
