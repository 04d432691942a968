package org.warmline.platform.excel;

/** How a column's values are written: text, numbers with a format, or real Excel dates. */
public enum CellFormat {
    TEXT(null),
    INTEGER("#,##0"),
    DECIMAL("#,##0.0"),
    MONEY("#,##0.00"),
    PERCENT("0.0%"),
    DATE("yyyy-mm-dd"),
    DATE_TIME("yyyy-mm-dd hh:mm");

    private final String pattern;

    CellFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The Excel number format, null for text. */
    public String pattern() {
        return pattern;
    }
}
