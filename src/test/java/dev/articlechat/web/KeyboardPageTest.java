package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The page for a reader without a mouse or with a small screen, and axe-core's own check that it would see a fault. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class KeyboardPageTest extends BrowserTest {

    private static final int NARROW_HEIGHT = 860;

    @Test
    void theKeyboardAloneGoesFromLoadToAnAnswersPassageAndBack() {
        open();
        // the page as loaded: the first Tab reaches the skip link, which leads to the question
        press("Tab");
        focusedVisibly(page.locator(".skip"));
        press("Enter");
        focusedVisibly(page.locator("#question"));

        // the article pane scrolls from the keyboard: it is the next stop after the composer's buttons
        press("Tab");
        focusedVisibly(page.locator("#send"));
        press("Tab");
        Locator article = page.locator("#article");
        focusedVisibly(article);
        press("PageDown");
        assertThat(((Number) article.evaluate("pane => pane.scrollTop")).intValue()).as("scrolled by PageDown")
                .isPositive();
        press("Shift+Tab");
        press("Shift+Tab");
        focusedVisibly(page.locator("#question"));

        page.keyboard().type("How many soldiers did North Korea send to Kursk?");
        press("Enter");
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(page.locator("#question")).isFocused();
        // a screen reader hears the whole answer once, where the keyboard is
        expect(page.locator("#announce")).containsText("Answer: ");

        // back into the answer: every stop on the way is part of it, up to its first citation
        Locator cite = lastReply().locator(".answer .cite").first();
        for (int i = 0; i < 12 && !(Boolean) cite.evaluate("c => c === document.activeElement"); i++) {
            press("Shift+Tab");
            assertThat((Boolean) lastReply().evaluate("reply => reply.contains(document.activeElement)"))
                    .as("focus after %d Shift+Tab stays in the answer", i + 1).isTrue();
            assertFocusVisible("the answer's control after " + (i + 1) + " Shift+Tab");
        }
        focusedVisibly(cite);
        String passage = passage(cite.getAttribute("data-passage"), "text");
        expect(page.locator("#card .card-text")).hasText(passage);

        // Enter opens the citation: the passage is highlighted and has the focus; Escape comes back to the citation
        press("Enter");
        Locator mark = page.locator("#article mark.passage").first();
        focusedVisibly(mark);
        expect(mark).isInViewport();
        assertThat(highlighted()).isEqualTo(passage);
        press("Escape");
        focusedVisibly(cite);

        // and on to the question, for the next one
        for (int i = 0; i < 12 && !(Boolean) page.evaluate("() => document.activeElement.id === 'question'"); i++) {
            press("Tab");
            assertFocusVisible("stop " + (i + 1) + " on the way to the question");
        }
        focusedVisibly(page.locator("#question"));
    }

    @Test
    void onANarrowScreenTheOllamaBannerIsOneLineWithTheCommandAndItsDetailsOnDemand() {
        page = newPage(new Browser.NewContextOptions().setViewportSize(420, NARROW_HEIGHT));
        reportOllamaNotRunning();
        open();
        Locator banner = page.locator("#banner");
        expect(banner).isVisible();
        Locator title = banner.locator(".banner-title");
        expect(title).hasText("Ollama is not running.");
        assertThat((String) title.evaluate("t => `${t.scrollWidth} of ${t.clientWidth} px shown`"))
                .as("the title, not cut").matches("(\\d+) of \\1 px shown");
        expect(banner.locator(".banner-fix code")).hasText("ollama serve");
        expect(banner.locator(".banner-fix code")).isInViewport();
        Locator details = banner.locator(".banner-text");
        expect(details).isHidden();

        assertThat(box(banner).height).as("banner height at 420 × %d", NARROW_HEIGHT).isLessThan(NARROW_HEIGHT / 10.0);
        double row = centre(title);
        for (String part : new String[] {".banner-fix code", ".copy-command"}) {
            assertThat(centre(banner.locator(part))).as("%s on the title's line", part).isCloseTo(row, Offset.offset(4.0));
        }
        accessible("the Ollama-is-not-running banner on a narrow screen");
        screenshot("page-narrow-banner"); // docs/page-narrow-banner.png is a copy of it, kept by hand

        // the details, from the keyboard: the title is their disclosure button, the first stop after the header
        press("Tab");
        press("Tab");
        press("Tab");
        press("Tab");
        focusedVisibly(title);
        press("Enter");
        expect(title).hasAttribute("aria-expanded", "true");
        expect(details).isVisible();
        expect(details).containsText("answers come from the article alone");
        accessible("the narrow banner with its details open");
        press("Enter");
        expect(details).isHidden();
    }

    @Test
    void axeNamesTheRuleItsImpactAndTheElement() {
        open();
        page.evaluate("() => { const b = document.createElement('button'); b.id = 'nameless';"
                + " document.querySelector('.composer .buttons').append(b); }");
        assertThatThrownBy(() -> accessible("a page with a nameless button")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("in a page with a nameless button")
                .hasMessageContaining("button-name (critical)")
                .hasMessageContaining("at [#nameless]");
    }

    private void press(String key) {
        page.keyboard().press(key);
    }

    private void focusedVisibly(Locator locator) {
        expect(locator).isFocused();
        assertFocusVisible(locator.toString());
    }

    /**
     * The focused element matches :focus-visible and draws an outline for it: the page's focus indicator is an
     * outline (a highlighted passage has a shadow of its own, so a shadow would prove nothing).
     */
    private void assertFocusVisible(String what) {
        assertThat((Boolean) page.evaluate("() => { const e = document.activeElement, s = getComputedStyle(e);"
                + " return e !== document.body && e.matches(':focus-visible')"
                + " && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }"))
                .as("a visible focus indicator on %s", what).isTrue();
    }

    private static BoundingBox box(Locator locator) {
        return locator.boundingBox();
    }

    private static double centre(Locator locator) {
        BoundingBox box = box(locator);
        return box.y + box.height / 2;
    }
}
