package org.warmline.ui.table;

import java.util.function.Function;

/**
 * One column of a {@link RecordTableModel}: its header, its type (for sorting and rendering)
 * and how to read it from a row.
 */
public record Column<T>(String header, Class<?> type, Function<? super T, ?> value,
                        int preferredWidth) {
    public static <T> Column<T> of(String header, Class<?> type, Function<? super T, ?> value) {
        return new Column<>(header, type, value, 120);
    }

    public Column<T> width(int width) {
        return new Column<>(header, type, value, width);
    }
}
