package org.warmline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.excel.CellFormat;

class AccumulatorTest {
    private static ColumnDefinition col(String total) {
        return new ColumnDefinition("c", CellFormat.DECIMAL, total == null ? Aggregate.NONE
                : Aggregate.parse(total));
    }

    @Test
    void sumsCountsMediansMinMaxAveragesAndRatiosOfTheResults() {
        Accumulator acc = new Accumulator(List.of(col(null), col("sum"), col("count"),
                col("median"), col("min"), col("max"), col("avg"), col("ratio 2 3")));
        acc.add(new Object[] {"a", 0.1, 1, 4, 4, 4, 4, null});
        acc.add(new Object[] {"a", 0.2, null, 1, 1, 1, 1, null});
        acc.add(new Object[] {"a", new BigDecimal("12000.50"), 1, 9, 9, 9, 7, null});
        acc.add(new Object[] {"a", null, 1, 2, null, null, null, null});

        assertThat(acc.result(new Object[] {"key"})).containsExactly("key",
                new BigDecimal("12000.8"), 3L, 3.0, new BigDecimal("1"), new BigDecimal("9"),
                4.0, 12000.8 / 3);
    }

    @Test
    void emptyGroupsGiveNoMedianNoMinimumAndNoRatioRatherThanZeroOrAnError() {
        Accumulator acc = new Accumulator(List.of(col("sum"), col("median"), col("min"),
                col("ratio 1 1")));
        assertThat(acc.result(null)).containsExactly(BigDecimal.ZERO, null, null, null);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        Accumulator acc = new Accumulator(List.of(col("median")));
        for (int v : new int[] {7, 3, 100, 5, 1}) {
            acc.add(new Object[] {v});
        }
        assertThat(acc.result(null)).containsExactly(5.0);
    }
}
