package org.warmline.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a number of whole days is spread over {@code count} cases: median and 90th percentile by
 * the nearest-rank method, both null when there are no cases.
 */
public record Spread(int count, Long median, Long p90) {

    /** The spread of {@code values} (in any order). */
    public static Spread of(List<Long> values) {
        return new Spread(values.size(), nearestRank(values, 50), nearestRank(values, 90));
    }

    /**
     * The nearest-rank percentile: sort ascending and take the value at 1-based rank
     * {@code ceil(p / 100 × n)} (rank 1 when that is 0). So the median of 1, 2, 3, 4 is 2, the
     * p90 of ten values is the 9th smallest and of eleven values the 10th. Null when empty.
     */
    public static Long nearestRank(List<Long> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in 1..100: " + p);
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
