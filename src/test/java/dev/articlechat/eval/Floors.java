package dev.articlechat.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * Floors of one evaluation set, at what it measured (rounded down; docs/evaluation.md): they guard against a fall,
 * they are not targets. ALCE citation recall and precision are whole on every set, and so, but on two sets, is the
 * share of answerable questions that reach the model.
 */
final class Floors {

    private Floors() {
    }

    /** Scored without a model: the extractive answers' facts count. */
    static Map<Metric, Double> extractive(double recall, double facts, double citations, double refusals) {
        Map<Metric, Double> floors = standIn(recall, citations, refusals);
        floors.put(Metric.FACTS, facts);
        return floors;
    }

    /** As {@link #extractive(double, double, double, double)}, for a set with two-turn follow-ups. */
    static Map<Metric, Double> extractive(double recall, double facts, double citations, double refusals,
            double followUps) {
        Map<Metric, Double> floors = extractive(recall, facts, citations, refusals);
        floors.put(Metric.FOLLOW_UPS, followUps);
        return floors;
    }

    /** Scored with the stand-in Ollama, which is for plumbing: its facts are no quality figure and have no floor. */
    static Map<Metric, Double> standIn(double recall, double citations, double refusals) {
        return new EnumMap<>(Map.of(Metric.RECALL_AT_K, recall, Metric.CITATIONS, citations, Metric.REFUSALS, refusals,
                Metric.ALCE_RECALL, 1.00, Metric.ALCE_PRECISION, 1.00, Metric.REACHED_MODEL, 1.00));
    }

    /** {@code floors} for a set that measured answerable questions kept from the model: no more than it did. */
    static Map<Metric, Double> reachingTheModel(double reached, Map<Metric, Double> floors) {
        floors.put(Metric.REACHED_MODEL, reached);
        return floors;
    }
}
