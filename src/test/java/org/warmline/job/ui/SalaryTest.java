package org.warmline.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.warmline.platform.i18n.Messages;

class SalaryTest {
    private final Messages msg = new Messages(Locale.UK);

    @Test
    void rangesReadNaturally() {
        assertThat(Salary.of(new BigDecimal("55000"), new BigDecimal("70000.50"), "GBP", msg))
                .hasToString("55,000 – 70,000.50 GBP");
        assertThat(Salary.of(new BigDecimal("55000"), null, "EUR", msg))
                .hasToString("from 55,000 EUR");
        assertThat(Salary.of(null, new BigDecimal("40000"), "GBP", msg))
                .hasToString("up to 40,000 GBP");
        assertThat(Salary.of(new BigDecimal("50000"), new BigDecimal("50000.00"), "GBP", msg))
                .hasToString("50,000 GBP");
        assertThat(Salary.of(null, null, "GBP", msg)).hasToString("");
    }

    @Test
    void sortsByUpperEndWithNoSalaryFirst() {
        Salary none = Salary.of(null, null, "GBP", msg);
        Salary low = Salary.of(new BigDecimal("30000"), new BigDecimal("40000"), "GBP", msg);
        Salary high = Salary.of(new BigDecimal("35000"), new BigDecimal("90000"), "GBP", msg);
        List<Salary> list = new ArrayList<>(List.of(high, none, low));
        Collections.sort(list);
        assertThat(list).containsExactly(none, low, high);
    }

    @Test
    void plainAmountsAreWhatTheFormShows() {
        assertThat(Salary.plain(new BigDecimal("55000.00"))).isEqualTo("55000");
        assertThat(Salary.plain(new BigDecimal("55000.50"))).isEqualTo("55000.5");
        assertThat(Salary.plain(null)).isEmpty();
    }
}
