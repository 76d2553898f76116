package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The page for a reader without a mouse or with a small screen, and axe-core's own check that it would see a fault. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class KeyboardPageTest extends BrowserTest {

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
}
