package dev.articlechat.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The headings above the current point of a document, read in order: a heading closes the open ones of its level
 * and deeper. The document's title leads the path unless it is itself one of the headings.
 */
final class HeadingPath {

    private final String title;
    private final boolean titleIsHeading;
    private final Deque<Block> open = new ArrayDeque<>();

    HeadingPath(String title, boolean titleIsHeading) {
        this.title = title;
        this.titleIsHeading = titleIsHeading;
    }

    void enter(Block heading) {
        if (heading.heading().isBlank()) {
            return;
        }
        while (!open.isEmpty() && open.peekLast().level() >= heading.level()) {
            open.removeLast();
        }
        open.addLast(heading);
    }

    List<String> current() {
        List<String> path = new ArrayList<>();
        if (!titleIsHeading || open.isEmpty()) {
            path.add(title);
        }
        open.forEach(heading -> path.add(heading.heading()));
        return List.copyOf(path);
    }
}
