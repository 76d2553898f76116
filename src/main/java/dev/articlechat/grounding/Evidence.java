package dev.articlechat.grounding;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import dev.articlechat.grounding.Claim.Item;
import dev.articlechat.retrieval.Terms;

/** What some passages hold, read as a {@link Claim} is: numbers by their digits, words as names are compared, stems. */
final class Evidence {

    /** A name may differ from a passage's word by an ending this long: "Korean" for "Korea", "Soviets" for "Soviet". */
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 4;

    private final Set<String> numbers;
    private final Set<String> words;
    private final Set<String> terms;

    Evidence(Collection<String> texts) {
        String all = String.join("\n\n", texts);
        numbers = Claim.numbers(all).stream().map(Item::key).collect(Collectors.toSet());
        words = Claim.wordKeys(all);
        terms = Set.copyOf(Terms.of(all));
    }

    boolean hasNumber(Item number) {
        return numbers.contains(number.key());
    }

    boolean hasName(Item name) {
        return words.contains(name.key()) || words.stream().anyMatch(word -> sameStem(word, name.key()));
    }

    /** How many of {@code claimed} (stems) the passages hold. */
    long held(Set<String> claimed) {
        return claimed.stream().filter(terms::contains).count();
    }

    private static boolean sameStem(String word, String name) {
        boolean wordShorter = word.length() <= name.length();
        String shorter = wordShorter ? word : name;
        String longer = wordShorter ? name : word;
        return shorter.length() >= MIN_STEM && longer.length() - shorter.length() <= MAX_ENDING
                && longer.startsWith(shorter);
    }
}
