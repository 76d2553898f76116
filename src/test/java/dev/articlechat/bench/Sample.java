package dev.articlechat.bench;

import java.util.Collection;
import java.util.List;

/** A sorted sample of durations in nanoseconds; quantiles by nearest rank, reported in milliseconds. */
record Sample(long[] sorted) {

    static Sample of(Collection<Long> nanos) {
        return new Sample(nanos.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    int size() {
        return sorted.length;
    }

    double ms(double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    double p50() {
        return ms(0.5);
    }

    double p99() {
        return ms(0.99);
    }

    double max() {
        return ms(1.0);
    }

    /** The median of a few repeated figures (runs), for "median of several runs". */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
