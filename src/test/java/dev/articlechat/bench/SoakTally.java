package dev.articlechat.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak saw: how each ask ended, per channel, and every violation with the fault the stand-in drew for it.
 */
final class SoakTally {

    /** How one ask ended: {@code done}, {@code error}, or a violation ({@code lost}, {@code 5xx-not-json}). */
    record Outcome(String channel, String end, String detail) {
        boolean violation() {
            return !end.equals("done") && !end.equals("error");
        }
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<Outcome> violations = new CopyOnWriteArrayList<>();

    void add(Outcome outcome) {
        counts.computeIfAbsent(outcome.channel() + " " + outcome.end(), k -> new LongAdder()).increment();
        if (outcome.violation()) {
            violations.add(outcome);
        }
    }

    long total(String suffix) {
        return counts.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).mapToLong(e -> e.getValue().sum())
                .sum();
    }

    Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted;
    }

    List<Outcome> violations() {
        return List.copyOf(violations);
    }
}
