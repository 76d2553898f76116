package dev.articlechat.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Chromium or Chrome that the page tests drive. Playwright may download no browser here, so an installed one is
 * looked for: {@code -Dbrowser.path} or {@code BROWSER_PATH} first, then the usual places on Linux and macOS, then
 * browsers a Playwright installation left in its cache.
 */
final class InstalledBrowser {

    static final String HOW_TO_ENABLE = "No Chromium or Chrome found for the page tests: install one (Debian: "
            + "apt-get install chromium) or point -Dbrowser.path=... (or BROWSER_PATH) at it";

    private static final List<String> USUAL = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium");

    private InstalledBrowser() {
    }

    /** The browser to drive; a path given explicitly must exist. */
    static Optional<Path> find() {
        String given = Optional.ofNullable(System.getProperty("browser.path")).orElse(System.getenv("BROWSER_PATH"));
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("browser.path / BROWSER_PATH names " + given + ", which is no executable");
            }
            return Optional.of(path);
        }
        List<Path> candidates = new ArrayList<>(USUAL.stream().map(Path::of).toList());
        candidates.addAll(playwrightCache());
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Chromium builds under Playwright's cache (~/.cache/ms-playwright on Linux, ~/Library/Caches on macOS). */
    private static List<Path> playwrightCache() {
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> found = new ArrayList<>();
        for (Path cache : List.of(home.resolve(".cache/ms-playwright"), home.resolve("Library/Caches/ms-playwright"))) {
            if (!Files.isDirectory(cache)) {
                continue;
            }
            try (Stream<Path> builds = Files.list(cache)) {
                builds.filter(b -> b.getFileName().toString().startsWith("chromium-")).sorted().forEach(b -> {
                    found.add(b.resolve("chrome-linux/chrome"));
                    found.add(b.resolve("chrome-mac/Chromium.app/Contents/MacOS/Chromium"));
                });
            } catch (IOException e) {
                // an unreadable cache holds no browser we can use
            }
        }
        return found;
    }
}
