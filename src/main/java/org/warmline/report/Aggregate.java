package org.warmline.report;

import java.util.Locale;

/**
 * How a column is summed up: in the totals row, and per group on grouped sheets. A ratio
 * divides the aggregated values of two other columns (1-based numbers), e.g. "ratio 3 2".
 */
public record Aggregate(Kind kind, int numerator, int denominator) {
    /** The aggregate functions a definition may name. */
    public enum Kind { NONE, COUNT, SUM, AVG, MEDIAN, MIN, MAX, RATIO }

    public static final Aggregate NONE = new Aggregate(Kind.NONE, 0, 0);

    /** Parses "sum", "median", "ratio 3 2" ...; throws IllegalArgumentException otherwise. */
    public static Aggregate parse(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        Kind kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
        if (kind == Kind.RATIO) {
            if (words.length != 3) {
                throw new IllegalArgumentException("ratio needs two column numbers: ratio 3 2");
            }
            return new Aggregate(kind, Integer.parseInt(words[1]) - 1,
                    Integer.parseInt(words[2]) - 1);
        }
        if (words.length != 1) {
            throw new IllegalArgumentException("unexpected text after " + words[0]);
        }
        return new Aggregate(kind, 0, 0);
    }
}
