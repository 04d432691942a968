package org.warmline.job.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Locale;
import org.warmline.platform.i18n.Messages;

/**
 * A salary range as a list shows it ("55,000 – 70,000 GBP"), sorting by its upper end then its
 * lower end, with no salary first.
 */
record Salary(BigDecimal min, BigDecimal max, String text) implements Comparable<Salary> {
    private static final Comparator<BigDecimal> AMOUNT =
            Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Salary> ORDER = Comparator
            .comparing((Salary s) -> s.max != null ? s.max : s.min, AMOUNT)
            .thenComparing(s -> s.min, AMOUNT);

    /** The range formatted with the job bundle's patterns; empty text when neither end is set. */
    static Salary of(BigDecimal min, BigDecimal max, String currency, Messages msg) {
        String cur = currency == null ? "" : currency;
        String text;
        if (min != null && max != null) {
            text = min.compareTo(max) == 0 ? amount(min, msg.locale()) + " " + cur
                    : msg.get("job.salary.range", amount(min, msg.locale()),
                            amount(max, msg.locale()), cur);
        } else if (min != null) {
            text = msg.get("job.salary.from", amount(min, msg.locale()), cur);
        } else if (max != null) {
            text = msg.get("job.salary.upTo", amount(max, msg.locale()), cur);
        } else {
            text = "";
        }
        return new Salary(min, max, text.strip());
    }

    /** An amount with grouping; pence only when there are any ("55,000", "55,000.50"). */
    static String amount(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** The amount as typed into a form field (plain digits, no grouping); "" for null. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Salary other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
