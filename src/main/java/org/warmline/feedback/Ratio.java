package org.warmline.feedback;

/** A share {@code part / whole}, kept as counts so that reports can show both. */
public record Ratio(long part, long whole) {
    /** The share between 0 and 1, or null when {@code whole} is 0. */
    public Double value() {
        return whole == 0 ? null : (double) part / whole;
    }
}
