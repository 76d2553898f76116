package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Deque's axe-core, run in the page as a reader meets it: WCAG 2.1 A and AA and axe's best practices. Any violation
 * fails the test, and the message names each rule, its impact and the elements it found, so that the failure says
 * what to mend without a second run.
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Accessibility() {
    }

    /** Fails when axe finds anything in the page as it is now; {@code state} names that state in the message. */
    static void assertNoViolations(Page page, String state) {
        // legacy mode runs axe.run in the page itself: the page has no frames, and the default mode would open a
        // blank page in the test's context to merge frame results there
        AxeResults results = new AxeBuilder(page).withTags(TAGS).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as("axe could not run on %s: %s", state, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core rules checked in %s", state).withFailMessage(() -> describe(state, violations))
                .isEmpty();
    }

    /** One line a rule (id, impact, help), then one line an element it found there (selector, HTML). */
    static String describe(String state, List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(Accessibility::node).collect(Collectors.joining()))
                .collect(Collectors.joining("\n", "axe-core found " + violations.size() + " violation(s) in " + state
                        + ":\n", ""));
    }

    private static String node(CheckedNode node) {
        return "\n    at " + node.getTarget() + ": " + node.getHtml();
    }
}
