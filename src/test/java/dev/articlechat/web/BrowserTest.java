package dev.articlechat.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import dev.articlechat.ollama.StandInOllama;
import dev.articlechat.ollama.StandInOllamaResource;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The page in an installed Chromium or Chrome ({@link InstalledBrowser}: Playwright downloads none), served with its
 * Content-Security-Policy:
 * every test fails on a console error, so a blocked script, style or socket shows. Screenshots go to
 * {@code target/screenshots}. Subclasses are Quarkus tests with the stand-in Ollama.
 */
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    /**
     * Set once the missing browser has been reported: a system property, because each Quarkus test profile loads
     * this class afresh, and a static flag printed the line once per profile. Outside {@code article-chat.}, whose
     * keys Quarkus validates.
     */
    private static final String TOLD_HOW_TO_ENABLE = "dev.articlechat.test.told-how-to-enable-browser-tests";
    private static Browser browser;

    @TestHTTPResource("/")
    URL url;

    final StandInOllama ollama = StandInOllamaResource.ollama();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    Page page;

    /**
     * Outside CI a machine without a browser skips these tests, saying once how to run them; in CI
     * ({@code CI=true}) a missing browser fails them, so that a green build always drove one.
     */
    @BeforeAll
    static void launch() {
        Optional<Path> executable = InstalledBrowser.find();
        if (executable.isEmpty()) {
            assertThat(System.getenv("CI")).as(InstalledBrowser.HOW_TO_ENABLE + " (CI=true requires them)")
                    .isNotEqualTo("true");
            if (System.getProperty(TOLD_HOW_TO_ENABLE) == null) {
                System.setProperty(TOLD_HOW_TO_ENABLE, "true");
                System.err.println(InstalledBrowser.HOW_TO_ENABLE + "; they are skipped");
            }
            Assumptions.abort(InstalledBrowser.HOW_TO_ENABLE);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void reset() {
        ollama.reset();
        page = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
    }

    Page newPage(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        // no smooth scrolling: screenshots are taken where the page has settled
        context = browser.newContext(options.setReducedMotion(ReducedMotion.REDUCE));
        Page opened = context.newPage();
        opened.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        opened.onPageError(consoleErrors::add);
        return opened;
    }

    @AfterEach
    void noConsoleErrors() {
        context.close();
        context = null;
        assertThat(consoleErrors).as("console errors (CSP violations show here)").isEmpty();
    }

    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    Response open() {
        Response response = page.navigate(url.toString());
        expect(page.locator("#connection")).hasText("Connected");
        expect(page.locator(".starter").first()).isVisible();
        return response;
    }

    void ask(String question) {
        page.locator("#question").fill(question);
        page.locator("#question").press("Enter");
    }

    Locator lastReply() {
        return page.locator(".turn").last().locator(".reply");
    }

    /** The readiness check's verdict when Ollama does not answer, as the server reports it in its "ollama" check. */
    void reportOllamaNotRunning() {
        page.route("**/q/health/ready", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("application/json")
                .setBody("{\"status\": \"UP\", \"checks\": [{\"name\": \"ollama\", \"status\": \"UP\", \"data\": "
                        + "{\"reachable\": false, \"model\": \"llama3.2\", \"modelPresent\": false, "
                        + "\"fix\": \"ollama serve\"}}]}")));
    }

    /** axe-core over the page as it is now: any WCAG 2.1 A/AA or best-practice violation fails the test. */
    void accessible(String state) {
        Accessibility.assertNoViolations(page, state);
    }

    void screenshot(String name) {
        screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
    }

    /** A field of a passage of {@code /api/article}, such as its text or document. */
    static String passage(String id, String field) {
        return given().get("/api/article").then().statusCode(200).extract().jsonPath()
                .getString("passages.find { it.id == '" + id + "' }." + field);
    }

    /** The text of the passage marks in the pane, in order. */
    String highlighted() {
        return (String) page.evaluate(
                "() => [...document.querySelectorAll('#article mark.passage')].map(m => m.textContent).join('')");
    }
}
