package dev.articlechat.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * Floors of one set scored without a model, at what it measured (rounded down; docs/evaluation.md): they guard
 * against a fall, they are not targets. ALCE citation recall and precision are whole on every set: an extractive
 * answer quotes what it cites.
 */
final class Floors {

    private Floors() {
    }

    static Map<Metric, Double> extractive(double recall, double facts, double citations, double refusals) {
        return Map.of(Metric.RECALL_AT_K, recall, Metric.FACTS, facts, Metric.CITATIONS, citations,
                Metric.REFUSALS, refusals, Metric.ALCE_RECALL, 1.00, Metric.ALCE_PRECISION, 1.00);
    }

    /** As {@link #extractive(double, double, double, double)}, for a set with two-turn follow-ups. */
    static Map<Metric, Double> extractive(double recall, double facts, double citations, double refusals,
            double followUps) {
        Map<Metric, Double> floors = new EnumMap<>(extractive(recall, facts, citations, refusals));
        floors.put(Metric.FOLLOW_UPS, followUps);
        return floors;
    }
}
