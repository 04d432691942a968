package org.warmline.bench;

import java.util.Arrays;

/** Percentiles of measured latencies (nearest-rank), in milliseconds. */
final class Stats {
    private final double[] sortedMs;

    Stats(long[] nanos, int count) {
        sortedMs = new double[count];
        for (int i = 0; i < count; i++) {
            sortedMs[i] = nanos[i] / 1e6;
        }
        Arrays.sort(sortedMs);
    }

    /** The nearest-rank percentile p (0 < p <= 100). */
    double percentile(double p) {
        if (sortedMs.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMs.length);
        return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, rank - 1))];
    }

    int count() {
        return sortedMs.length;
    }
}
