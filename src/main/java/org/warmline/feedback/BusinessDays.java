package org.warmline.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Date arithmetic over business days, Monday to Friday (public holidays are not known). */
public final class BusinessDays {
    private BusinessDays() {
    }

    /**
     * The date {@code days} business days after {@code from}: Friday + 2 is Tuesday, and
     * Saturday + 1 is Monday. With 0 days a weekend date moves to the following Monday.
     */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
