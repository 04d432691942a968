package org.warmline.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Sums up rows column by column (count, sum, average, median, min, max; ratios last, from the
 * other columns' results). Used for every group of a grouped sheet and for the totals row.
 */
final class Accumulator {
    private final List<ColumnDefinition> columns;
    private final long[] counts;
    private final double[] sums;
    private final double[] mins;
    private final double[] maxs;
    private final double[][] samples;
    private final int[] sampleCounts;

    Accumulator(List<ColumnDefinition> columns) {
        this.columns = columns;
        int n = columns.size();
        counts = new long[n];
        sums = new double[n];
        mins = new double[n];
        maxs = new double[n];
        samples = new double[n][];
        sampleCounts = new int[n];
        Arrays.fill(mins, Double.POSITIVE_INFINITY);
        Arrays.fill(maxs, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < n; c++) {
            if (columns.get(c).aggregate().kind() == Aggregate.Kind.MEDIAN) {
                samples[c] = new double[16];
            }
        }
    }

    void add(Object[] row) {
        for (int c = 0; c < row.length; c++) {
            Object v = row[c];
            if (v == null) {
                continue;
            }
            counts[c]++;
            if (v instanceof Number num) {
                double d = num.doubleValue();
                sums[c] += d;
                mins[c] = Math.min(mins[c], d);
                maxs[c] = Math.max(maxs[c], d);
                if (samples[c] != null) {
                    sample(c, d);
                }
            }
        }
    }

    private void sample(int c, double d) {
        if (sampleCounts[c] == samples[c].length) {
            samples[c] = Arrays.copyOf(samples[c], samples[c].length * 2);
        }
        samples[c][sampleCounts[c]++] = d;
    }

    /** The summed-up row; columns without an aggregate take {@code keys}' values, if any. */
    Object[] result(Object[] keys) {
        Object[] out = new Object[columns.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = keys != null && c < keys.length ? keys[c] : value(c);
        }
        for (int c = 0; c < out.length; c++) {
            Aggregate a = columns.get(c).aggregate();
            if (a.kind() == Aggregate.Kind.RATIO) {
                out[c] = ratio(out[a.numerator()], out[a.denominator()]);
            }
        }
        return out;
    }

    private Object value(int c) {
        return switch (columns.get(c).aggregate().kind()) {
            case NONE, RATIO -> null;
            case COUNT -> counts[c];
            case SUM -> exact(sums[c]);
            case AVG -> counts[c] == 0 ? null : sums[c] / counts[c];
            case MEDIAN -> median(c);
            case MIN -> counts[c] == 0 ? null : exact(mins[c]);
            case MAX -> counts[c] == 0 ? null : exact(maxs[c]);
        };
    }

    private Double median(int c) {
        int n = sampleCounts[c];
        if (n == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(samples[c], n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Object exact(double d) {
        // Money sums should not show binary noise such as 0.30000000000000004.
        return BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static Double ratio(Object numerator, Object denominator) {
        if (!(numerator instanceof Number n) || !(denominator instanceof Number d)
                || d.doubleValue() == 0) {
            return null;
        }
        return n.doubleValue() / d.doubleValue();
    }
}
