package dev.articlechat.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** Debian's Chromium under Playwright, which downloads no browser: the page's test classes share this launch. */
final class Chromium {

    private Chromium() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** Collects the page's console errors and uncaught exceptions (CSP violations show there) into {@code errors}. */
    static Page watched(Page page, List<String> errors) {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return page;
    }
}
