package dev.articlechat.chat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.articlechat.retrieval.ScoredPassage;

/** The passages as the prompt numbers them: {@code [n] (section)} then the plain text, n from 1 in offered order. */
final class PromptPassages {

    private PromptPassages() {
    }

    static String format(List<ScoredPassage> passages) {
        return IntStream.range(0, passages.size())
                .mapToObj(i -> "[%d] (%s)\n%s".formatted(i + 1, passages.get(i).passage().section(),
                        passages.get(i).passage().plain().text()))
                .collect(Collectors.joining("\n\n"));
    }
}
