package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ollama.StandInOllama.Fault;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The page marks a sentence its cited passages do not back, and says why on hover and keyboard focus. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class SupportPageTest extends BrowserTest {

    private static final String KURSK = "How many soldiers did North Korea send to Kursk?";

    private void openIn(ColorScheme scheme) {
        page = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800).setColorScheme(scheme));
        page.navigate(url.toString());
        expect(page.locator("#connection")).hasText("Connected");
    }

    private Locator askOn(ColorScheme scheme, String question) {
        openIn(scheme);
        ask(question);
        Locator reply = lastReply();
        expect(reply).hasAttribute("data-state", "done");
        return reply;
    }

    @Test
    void aWrongNumberIsMarkedAndItsReasonShowsOnFocusAndHover() {
        ollama.script(Fault.WRONG_NUMBER);
        Locator reply = askOn(ColorScheme.LIGHT, KURSK);
        Locator marked = reply.locator(".answer .unsupported");
        expect(marked).hasCount(1);
        // the whole sentence, as rendered, without the citation button after it
        expect(marked).hasText("According to the article, \"Later that year, North Korea sent over 21 000 soldiers to "
                + "fight in the Kursk region.\"");
        Locator tip = page.locator("#" + marked.getAttribute("aria-describedby"));
        expect(tip).isHidden();
        expect(marked).hasAccessibleDescription(Pattern.compile("“21 000” is not in passage \\[\\d]"));
        expect(page.locator("#announce")).containsText("(1 sentence is not backed by its passages: tab to a marked "
                + "sentence to hear why.)");

        // the keyboard reaches the mark, and its reason shows; Escape hides it
        page.locator("#question").focus();
        for (int i = 0; i < 10 && !(Boolean) page.evaluate("() => document.activeElement.matches('.unsupported')"); i++) {
            page.keyboard().press("Shift+Tab");
        }
        expect(marked).isFocused();
        expect(tip).isVisible();
        expect(tip).hasText(Pattern.compile("Not backed by its passages: “21 000” is not in passage \\[\\d]\\."));
        accessible("a sentence marked as not backed, its reason shown");
        screenshot("unsupported");
        page.keyboard().press("Escape");
        expect(tip).isHidden();

        // so does the pointer
        page.locator("#question").focus();
        marked.hover();
        expect(tip).isVisible();
        page.mouse().move(0, 0);
        expect(tip).isHidden();
        // the citation button after the sentence is untouched, and still opens its passage
        reply.locator(".answer .cite").first().click();
        expect(page.locator("#article mark.passage").first()).isVisible();
    }

    @Test
    void theMarkReadsInTheDarkSchemeAndASupportedAnswerHasNone() {
        ollama.script(Fault.WRONG_NUMBER);
        Locator reply = askOn(ColorScheme.DARK, KURSK);
        Locator marked = reply.locator(".answer .unsupported");
        expect(marked).hasCount(1);
        assertThat(marked.evaluate("m => getComputedStyle(m).textDecorationStyle")).isEqualTo("dotted");
        assertThat(marked.evaluate("m => getComputedStyle(m).textDecorationColor")).isEqualTo("rgb(210, 153, 34)");
        marked.focus();
        accessible("a sentence marked as not backed, dark scheme");
        screenshot("unsupported-dark");

        page.locator("#question").fill("When was the treaty signed?");
        page.locator("#question").press("Enter");
        Locator supported = page.locator(".turn").nth(1).locator(".reply");
        expect(supported).hasAttribute("data-state", "done");
        expect(supported.locator(".answer .cite")).not().hasCount(0);
        expect(supported.locator(".unsupported")).hasCount(0);
    }

    @Test
    void aMarkFollowsItsSentenceThroughMarkdownWithoutSplittingAnElement() {
        String treaty = "In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.";
        String troops = "Later that year, North Korea sent over 11 000 soldiers to fight in the Kursk region.";
        String answer = "Russia and North Korea signed a treaty [1]. **In June 2024**, they signed it in *Beijing* [1]."
                + "\n\n- North Korea sent `11 000` soldiers [2]";
        JsonArray support = new JsonArray();
        new SupportChecker(0.5).check(answer, Map.of(1, treaty, 2, troops)).forEach(s -> support.add(
                new JsonObject().put("start", s.start()).put("end", s.end()).put("cites", s.cites())
                        .put("supported", s.supported()).put("reason", s.reason())));
        JsonArray citations = new JsonArray()
                .add(new JsonObject().put("n", 1).put("id", "p05").put("section", "S").put("text", treaty))
                .add(new JsonObject().put("n", 2).put("id", "p06").put("section", "S").put("text", troops));
        JsonObject outcome = new JsonObject().put("answer", answer).put("citations", citations).put("support", support)
                .put("source", "ollama").put("doneReason", "stop");
        openIn(ColorScheme.LIGHT);
        // a turn kept by the browser is shown again as it was, marks included
        page.evaluate("json => localStorage.setItem('article-chat.conversation', JSON.stringify({id: 'kept', "
                + "turns: [{question: 'Where?', outcome: JSON.parse(json)}]}))", outcome.encode());
        page.reload();
        Locator shown = page.locator(".turn .answer");
        expect(shown.locator(".cite")).hasCount(3);

        Locator marks = shown.locator(".unsupported");
        assertThat(marks.allTextContents()).containsExactly("In June 2024", ", they signed it in ", "Beijing", ".");
        expect(shown.locator("strong")).hasCount(1);
        expect(shown.locator("strong")).hasText("In June 2024");
        expect(shown.locator("em")).hasText("Beijing");
        expect(shown.locator(".unsupported .cite")).hasCount(0);
        expect(shown.locator(".unsupported[tabindex='0']")).hasCount(1);
        marks.nth(2).hover();
        expect(page.locator(".support-tip")).hasText("Not backed by its passages: “Beijing” is not in passage [1].");
    }
}
