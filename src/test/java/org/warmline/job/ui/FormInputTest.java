package org.warmline.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormInputTest {

    @Test
    void amountsAcceptGroupingCurrencySignsAndThousands() {
        FormInput in = new FormInput();
        assertThat(in.amount("a", "55,000")).isEqualByComparingTo("55000");
        assertThat(in.amount("a", "£ 55,000.50")).isEqualByComparingTo("55000.50");
        assertThat(in.amount("a", "55k")).isEqualByComparingTo("55000");
        assertThat(in.amount("a", "  ")).isNull();
        assertThat(in.isValid()).isTrue();
    }

    @Test
    void unreadableAmountsAndDatesAreFieldErrors() {
        FormInput in = new FormInput();
        assertThat(in.amount("salaryMin", "lots")).isNull();
        assertThat(in.amount("salaryMax", "10.001")).isNull();
        assertThat(in.date("openedOn", "14/03/2025")).isNull();
        assertThat(in.errors()).isEqualTo(Map.of("salaryMin", "validation.number",
                "salaryMax", "validation.number", "openedOn", "validation.date"));
    }

    @Test
    void datesAreIso() {
        FormInput in = new FormInput();
        assertThat(in.date("openedOn", " 2025-03-14 ")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(in.date("closedOn", "")).isNull();
        assertThat(in.isValid()).isTrue();
    }
}
