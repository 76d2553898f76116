package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Export and feedback on the page, by keyboard where a reader would use one. */
@QuarkusTest
@WithTestResource(StandInOllamaResource.class)
class FeedbackPageTest extends BrowserTest {

    private String conversationId() {
        return (String) page.evaluate("() => JSON.parse(localStorage.getItem('article-chat.conversation')).id");
    }

    private String outline(Locator focused) {
        return (String) focused.evaluate("node => getComputedStyle(node).outlineStyle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportDownloadsTheConversationWithItsQuestionsAnswersAndQuotedPassages() throws Exception {
        open();
        Locator export = page.locator("#export");
        expect(export).isDisabled();
        ask(ConversationExportTest.TREATY);
        expect(lastReply()).hasAttribute("data-state", "done");
        ask(ConversationExportTest.KURSK);
        expect(lastReply()).hasAttribute("data-state", "done");
        expect(export).isEnabled();
        expect(export).hasAccessibleName("Export the conversation as Markdown");

        export.focus();
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        String id = conversationId();
        assertThat(download.suggestedFilename()).isEqualTo("conversation-" + id + ".md");
        String markdown = Files.readString(download.path(), StandardCharsets.UTF_8);
        expect(page.locator("#announce")).hasText("Conversation exported as conversation-" + id + ".md.");
        expect(export).isFocused();
        assertThat(outline(export)).isEqualTo("solid");

        JsonPath exported = given().get("/api/conversations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(markdown).contains("## 1. " + ConversationExportTest.TREATY, "## 2. " + ConversationExportTest.KURSK);
        for (int turn = 0; turn < 2; turn++) {
            String answer = exported.getString("turns[" + turn + "].answer");
            // the answer's first words, before its first [n] (which became a footnote)
            assertThat(markdown).contains(answer.substring(0, Math.min(answer.indexOf('['), 40)));
            List<Map<String, Object>> citations = exported.getList("turns[" + turn + "].citations");
            assertThat(citations).isNotEmpty();
            for (Map<String, Object> c : citations) {
                List<Map<String, Object>> quotes = (List<Map<String, Object>>) c.get("quotes");
                String quoted = quotes.isEmpty() ? (String) c.get("plain") : (String) quotes.get(0).get("text");
                assertThat(markdown).as("turn %d cites passage %s", turn, c.get("id"))
                        .contains("[^" + (turn + 1) + "-" + c.get("n") + "]: “" + quoted.replaceAll("\\s+", " ")
                                .strip().substring(0, 30));
            }
        }
    }

    @Test
    void aThumbsDownWithACommentIsStoredAndStaysPressedAfterAReload() throws Exception {
        open();
        ask(ConversationExportTest.TREATY);
        expect(lastReply()).hasAttribute("data-state", "done");
        Locator up = lastReply().locator(".rate-up");
        Locator down = lastReply().locator(".rate-down");
        expect(up).hasAccessibleName("Good answer");
        expect(down).hasAccessibleName("Bad answer");
        expect(down).hasAttribute("aria-pressed", "false");

        // by keyboard, from the actions before the thumbs
        lastReply().locator(".regenerate").focus();
        page.keyboard().press("Tab");
        expect(up).isFocused();
        page.keyboard().press("Tab");
        expect(down).isFocused();
        assertThat(outline(down)).as("visible focus").isEqualTo("solid");
        int before = FeedbackTest.stored().size();
        page.keyboard().press("Enter");
        expect(down).hasAttribute("aria-pressed", "true");
        expect(up).hasAttribute("aria-pressed", "false");
        expect(page.locator("#announce")).hasText("Rated as a bad answer. You can add a comment below it.");

        Locator comment = lastReply().locator(".feedback-comment textarea");
        expect(comment).hasAccessibleName("What was wrong with it? (optional)");
        accessible("an answer rated down, its comment form open");
        page.keyboard().press("Tab");
        expect(comment).isFocused();
        comment.fill("The year is right; the place of signing is missing.");
        lastReply().locator(".send-comment").click();
        expect(page.locator("#announce")).hasText("Comment sent. Thank you.");
        expect(lastReply().locator(".feedback-comment")).isHidden();
        expect(down).isFocused();

        List<JsonNode> stored = FeedbackTest.stored();
        assertThat(stored).hasSize(before + 2);
        JsonNode record = stored.get(stored.size() - 1);
        assertThat(record.get("conversationId").asText()).isEqualTo(conversationId());
        assertThat(record.get("turn").asInt()).isZero();
        assertThat(record.get("rating").asText()).isEqualTo("down");
        assertThat(record.get("comment").asText()).isEqualTo("The year is right; the place of signing is missing.");
        assertThat(record.get("question").asText()).isEqualTo(ConversationExportTest.TREATY);
        assertThat(record.get("answer").asText()).isNotBlank();
        assertThat(record.get("citations").size()).isPositive();
        screenshot("feedback");

        page.reload();
        expect(lastReply().locator(".rate-down")).hasAttribute("aria-pressed", "true");
        expect(lastReply().locator(".rate-up")).hasAttribute("aria-pressed", "false");
    }
}
