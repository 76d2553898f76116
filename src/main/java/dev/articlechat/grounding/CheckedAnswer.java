package dev.articlechat.grounding;

import java.util.List;

/** An answer after its citations were checked: {@code text} cites exactly {@code citations}. */
public record CheckedAnswer(String text, List<Citation> citations, List<Integer> removed) {
}
