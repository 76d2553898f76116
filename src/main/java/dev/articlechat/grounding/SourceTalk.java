package dev.articlechat.grounding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.articlechat.retrieval.Terms;

/**
 * The words an answer uses to talk about its sources rather than the facts, and its negations, read from
 * {@code grounding/source-talk.txt} (the file says what each list does). Source words are kept as
 * {@link ContentWords} stems, so "says" and "said" count as one.
 */
record SourceTalk(Set<String> sourceStems, Set<String> negations) {

    static final SourceTalk ENGLISH = load("/grounding/source-talk.txt");

    static SourceTalk parse(String lines) {
        Set<String> sources = new HashSet<>();
        Set<String> negations = new HashSet<>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 0) {
                continue;
            }
            List<String> words = List.of(line.substring(colon + 1).strip().toLowerCase(Locale.ROOT).split("\\s+"));
            switch (line.substring(0, colon).strip()) {
                case "source" -> words.forEach(w -> sources.addAll(Terms.of(w)));
                case "negation" -> negations.addAll(words);
                default -> throw new IllegalArgumentException("Unknown list in source-talk: " + line);
            }
        }
        return new SourceTalk(Set.copyOf(sources), Set.copyOf(negations));
    }

    /** A lower-case word (apostrophes straight) that denies. */
    boolean negates(String word) {
        return negations.contains(word) || negations.contains("n't") && word.endsWith("n't");
    }

    private static SourceTalk load(String resource) {
        try (InputStream in = SourceTalk.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
