package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;

/** The chat page over the seed article: one plain-text document, "The article" in the right pane. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class PageTest extends BrowserTest {

    private static final String TREATY = "When was the treaty signed?";

    private static String passageText(String id) {
        return passage(id, "text");
    }

    @Test
    void anAnswerStreamsAndItsCitationHighlightsExactlyThePassage() {
        ollama.latency(Duration.ofMillis(800), Duration.ofMillis(60));
        Response response = open();
        assertThat(response.headers().get("content-security-policy"))
                .contains("script-src 'self'", "style-src 'self'", "connect-src 'self'");
        assertThat(response.headers().get("cache-control")).contains("max-age=0");

        Locator question = page.locator("#question");
        question.fill("How many soldiers did North Korea");
        question.press("Shift+Enter");
        assertThat(question.inputValue()).endsWith("\n");
        expect(page.locator(".turn")).hasCount(0);
        question.pressSequentially("send to Kursk?");
        question.press("Enter");

        expect(lastReply()).hasAttribute("data-state", "thinking");
        expect(lastReply().locator(".elapsed")).hasText(Pattern.compile("\\d+ s"));
        expect(page.locator("#stop")).isEnabled();
        expect(lastReply()).hasAttribute("data-state", "streaming");
        assertThat(lastReply().locator(".answer").textContent()).isNotBlank();
        assertThat(page.locator("#announce").textContent()).as("tokens are not announced").isEmpty();

        expect(lastReply()).hasAttribute("data-state", "done");
        expect(lastReply().locator(".answer")).containsText("11 000");
        expect(page.locator("#announce")).containsText("Answer: According to the article");

        Locator cite = lastReply().locator(".answer .cite").first();
        String passage = passageText(cite.getAttribute("data-passage"));
        cite.hover();
        expect(page.locator("#card")).isVisible();
        assertThat(page.locator("#card .card-text").textContent()).isEqualTo(passage);
        cite.click();
        assertThat(highlighted()).isEqualTo(passage);
        expect(page.locator("#article mark.passage").first()).isInViewport();
        page.mouse().move(0, 0);
        accessible("an answer with citations, its passage highlighted");
        screenshot("answer");

        // the citation list leads to the same passage, and the card also opens for the keyboard
        page.locator(".cite-entry").first().click();
        assertThat(highlighted()).isEqualTo(passage);
        expect(page.locator("#card")).isHidden();
        page.locator("#question").focus();
        for (int i = 0; i < 10 && !(Boolean) page.evaluate("() => document.activeElement.matches('.answer .cite')"); i++) {
            page.keyboard().press("Shift+Tab");
        }
        expect(cite).isFocused();
        assertThat(page.locator("#card .card-text").textContent()).isEqualTo(passage);
        expect(page.locator("#card")).isVisible();
    }

    @Test
    void oneDocumentIsTheArticleWithoutASourcesList() {
        open();
        accessible("the empty chat");
        expect(page.locator("#article-heading")).hasText("The article");
        expect(page.locator("#open-article")).hasText("Article");
        expect(page.locator("#sources")).isHidden();
        expect(page.locator("#skipped")).isHidden();
        expect(page.locator("#scope")).isHidden();
        expect(page.locator("#article-text .document.text")).hasCount(1);
        assertThat(page.locator(".starter").allTextContents()).allMatch(s -> s.endsWith("?"))
                .noneMatch(s -> s.contains("the documents"));
    }

    @Test
    void escapeStopsTheAnswerAndTheServerClosesTheUpstreamStream() throws Exception {
        ollama.script(Fault.SLOW);
        open();
        ask("How many soldiers did North Korea send to Kursk?");
        expect(lastReply()).hasAttribute("data-state", "streaming");
        accessible("an answer streaming in");
        assertThat(lastReply().getAttribute("data-state")).as("still streaming after the check").isEqualTo("streaming");

        page.locator("#question").press("Escape");
        expect(lastReply()).hasAttribute("data-state", "stopped");
        expect(lastReply().locator(".note")).hasText("Stopped.");
        expect(page.locator("#stop")).isDisabled();
        expect(page.locator("#send")).isEnabled();

        await().atMost(Duration.ofSeconds(5)).until(() -> ollama.abandonedStreams() == 1);
        int sent = ollama.tokenSentNanos().size();
        Thread.sleep(700); // more than three of the slow stream's 200 ms token intervals
        assertThat(ollama.tokenSentNanos()).as("tokens generated after stop").hasSize(sent);

        // regenerate replaces the stopped answer with a whole one
        lastReply().locator(".regenerate").click();
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(page.locator(".turn")).hasCount(1);
        expect(lastReply().locator(".answer")).containsText("11 000");
        assertThat(ollama.answerRequests()).hasSize(2);
    }

    @Test
    void htmlFromTheModelOrTheUserNeverRuns() {
        ollama.script(Fault.HTML);
        open();
        String question = "<img src=x onerror=\"document.body.dataset.xss='question'\"> " + TREATY;
        ask(question);
        expect(lastReply()).hasAttribute("data-state", "done");

        // the model's HTML shows as the text it is; its Markdown is rendered
        Locator answer = lastReply().locator(".answer");
        expect(answer).containsText("<img src=x onerror=");
        expect(answer).containsText("<script>document.body.dataset.xss='script'</script>");
        expect(answer.locator("strong")).containsText("Partnership Treaty");
        expect(page.locator("#log img, #log script, #log [onerror]")).hasCount(0);
        assertThat(page.locator(".question").textContent()).isEqualTo(question);
        assertThat(page.evaluate("() => document.body.dataset.xss")).isNull();
    }

    @Test
    void aModelsReasoningIsFoldedAwayApartFromTheAnswer() {
        ollama.script(Fault.THINK_IN_CONTENT);
        open();
        ask(TREATY);
        expect(lastReply()).hasAttribute("data-state", "done");

        expect(lastReply().locator(".answer")).containsText("June 2024");
        expect(lastReply().locator(".answer")).not().containsText("Let me look");
        Locator reasoning = lastReply().locator("details.reasoning");
        assertThat(reasoning.evaluate("details => details.open")).isEqualTo(false);
        expect(reasoning.locator("p")).isHidden();
        reasoning.locator("summary").click();
        expect(reasoning.locator("p")).isVisible();
        expect(reasoning.locator("p")).hasText(Pattern.compile("Let me look at passage \\[\\d] first"));
        expect(reasoning.locator(".cite")).hasCount(0);
        screenshot("reasoning");
    }

    @Test
    void aMissingModelOrOllamaShowsABannerWithTheCommandThatFixesIt() {
        ollama.models("mistral");
        open();
        // the readiness check already knows, before any question
        expect(page.locator("#banner")).isVisible();
        expect(page.locator("#banner .banner-title")).hasText("Model missing.");
        expect(page.locator("#banner .banner-fix code")).hasText("ollama pull llama3.2");
        ask(TREATY);
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(lastReply().locator(".meta")).containsText("from the article alone");
        expect(page.locator("#banner")).isVisible();
        expect(page.locator("#banner .banner-title")).hasText("No model answer.");
        expect(page.locator("#banner .banner-text")).hasText(Pattern.compile("ollama pull llama3\\.2"));
        expect(page.locator("#banner .banner-fix code")).hasText("ollama pull llama3.2");
        accessible("the model-not-pulled banner after an extractive answer");
        screenshot("banner");

        reportOllamaNotRunning();
        page.reload();
        expect(page.locator("#banner")).containsText("Ollama is not running");
        expect(page.locator("#banner .banner-fix code")).hasText("ollama serve");
        accessible("the Ollama-is-not-running banner");
    }

    @Test
    void anOffTopicQuestionIsDeclinedWithoutAModelCallOrACitation() {
        open();
        ask("What is a good recipe for banana bread?");
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(lastReply().locator(".answer")).hasText("The documents do not say.");
        expect(lastReply().locator(".meta")).containsText("not in the article");
        expect(lastReply().locator(".cite, .cite-entry")).hasCount(0);
        assertThat(ollama.answerRequests()).as("asked of the model").isEmpty();
        accessible("a refusal");
    }

    @Test
    void aReloadKeepsTheConversationWhichTheServerContinuesAndNewChatStartsAfresh() {
        open();
        ask("What does Russia build over the Tumen River?");
        expect(lastReply()).hasAttribute("data-state", "done");
        String answer = lastReply().locator(".answer").textContent();
        String passage = passageText(lastReply().locator(".answer .cite").first().getAttribute("data-passage"));
        lastReply().locator(".copy").click();
        expect(lastReply().locator(".copy")).hasText("Copied");
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()"))
                .as("the answer with its citations").contains("the two countries.\" [1]", "\n\n[1] ", passage);

        page.reload();
        expect(page.locator(".turn")).hasCount(1);
        expect(lastReply().locator(".answer")).hasText(answer);
        expect(page.locator("#empty")).isHidden();
        expect(page.locator("#connection")).hasText("Connected");
        lastReply().locator(".cite").first().click();
        assertThat(highlighted()).contains("Tumen River");

        ask("How much does that project cost?");
        expect(page.locator(".turn")).hasCount(2);
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(lastReply().locator(".note")).hasCount(0);
        JsonArray messages = ollama.answerRequests().get(1).getJsonArray("messages");
        assertThat(messages.getJsonObject(1).getString("content"))
                .isEqualTo("What does Russia build over the Tumen River?");

        String oldId = storedConversationId();
        page.locator("#new-chat").click();
        expect(page.locator(".turn")).hasCount(0);
        expect(page.locator("#connection")).hasText("Connected");
        Locator starter = page.locator(".starter").first();
        String starterQuestion = starter.textContent();
        starter.click();
        expect(page.locator(".question")).hasText(starterQuestion);
        expect(lastReply()).hasAttribute("data-state", "done");
        assertThat(storedConversationId()).isNotNull().isNotEqualTo(oldId);
    }

    private String storedConversationId() {
        return (String) page.evaluate("() => JSON.parse(localStorage.getItem('article-chat.conversation')).id");
    }

    @Test
    void aConversationTheServerForgotSaysSo() {
        open();
        page.evaluate("() => localStorage.setItem('article-chat.conversation', JSON.stringify({id: 'gone', turns: "
                + "[{question: 'Earlier?', outcome: {answer: 'Earlier answer.', citations: [], source: 'ollama'}}]}))");
        page.reload();
        expect(lastReply().locator(".answer")).hasText("Earlier answer.");
        ask(TREATY);
        expect(page.locator(".turn")).hasCount(2); // the restored turn is done already: wait for the new one
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(lastReply().locator(".note")).containsText("no longer had this conversation");
    }

    @Test
    void theSocketReconnectsWhenTheServerGoesAway() {
        List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();
        page.routeWebSocket("**/ws/chat", socket -> {
            socket.connectToServer();
            sockets.add(socket);
        });
        open();
        sockets.get(0).close(new WebSocketRoute.CloseOptions().setCode(1012).setReason("Service restart"));
        expect(page.locator("#connection")).containsText("reconnecting in 1 s");
        expect(page.locator("#send")).isDisabled();
        expect(page.locator("#connection")).hasText("Connected");
        assertThat(sockets).hasSize(2);
        ask(TREATY);
        expect(lastReply()).hasAttribute("data-state", "done");
    }

    @Test
    void quotedSpansAreHighlightedWithinThePassage() {
        // the stand-in, as the prompt asks, puts the sentence it repeats in quotes; the server reports its offsets
        open();
        ask("How many soldiers did North Korea send to Kursk?");
        expect(lastReply()).hasAttribute("data-state", "done");
        Locator cite = lastReply().locator(".answer .cite").first();
        String passage = passageText(cite.getAttribute("data-passage"));
        cite.click();

        assertThat(highlighted()).isEqualTo(passage);
        String quoted = (String) page.evaluate(
                "() => [...document.querySelectorAll('#article mark.passage mark.quote')].map(m => m.textContent).join('')");
        assertThat(quoted).contains("11 000 soldiers");
        assertThat(passage).contains(quoted);
        assertThat(lastReply().locator(".answer").textContent()).contains("\"" + quoted.replaceAll("\\s+", " ") + "\"");
        screenshot("quote");
    }

    @Test
    void onANarrowDarkScreenTheArticleIsADrawer() {
        page = newPage(new Browser.NewContextOptions().setViewportSize(420, 860).setColorScheme(ColorScheme.DARK));
        open();
        expect(page.locator("#article")).isHidden();
        ask("What is Russia building over the Tumen River?");
        expect(lastReply()).hasAttribute("data-state", "done");
        accessible("an answer on a narrow screen, dark scheme");
        screenshot("narrow-dark-answer");

        Locator cite = lastReply().locator(".answer .cite").first();
        cite.click();
        expect(page.locator("#article")).isVisible();
        expect(page.locator("#article mark.passage").first()).isInViewport();
        // the keyboard follows the citation into the drawer, to its passage
        expect(page.locator("#article mark.passage").first()).isFocused();
        page.mouse().move(0, 0);
        accessible("the narrow drawer open, dark scheme");
        screenshot("narrow-dark-drawer");

        page.keyboard().press("Escape");
        expect(page.locator("#article")).isHidden();
        expect(cite).isFocused();
    }
}
