package org.warmline.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the cells of one row into a {@link PersonRow}, following the column mapping. */
final class RowConverter {
    /** LinkedIn writes "05 Mar 2024"; spreadsheets often ISO dates or "5/3/2024"-free text. */
    private static final List<DateTimeFormatter> DATES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu")
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private final List<String> header;
    private final ColumnMapping mapping;

    RowConverter(List<String> header, ColumnMapping mapping) {
        this.header = header;
        this.mapping = mapping;
    }

    /** The person in {@code cells}; a date that cannot be read is added to {@code problems}. */
    PersonRow person(int row, List<String> cells, List<RowProblem> problems) {
        Map<ImportField, String> v = new EnumMap<>(ImportField.class);
        for (int i = 0; i < cells.size(); i++) {
            ImportField f = mapping.field(i);
            String text = cells.get(i).strip();
            if (f != ImportField.IGNORE && !text.isEmpty()) {
                v.merge(f, text, (a, b) -> a + ", " + b);
            }
        }
        String first = v.get(ImportField.FIRST_NAME);
        String last = v.get(ImportField.LAST_NAME);
        String full = v.get(ImportField.FULL_NAME);
        if (full != null && first == null && last == null) {
            int space = full.lastIndexOf(' ');
            first = space < 0 ? null : full.substring(0, space).strip();
            last = space < 0 ? full : full.substring(space + 1);
        }
        return new PersonRow(row, first, last, v.get(ImportField.EMAIL), v.get(ImportField.EMAIL2),
                v.get(ImportField.PHONE), v.get(ImportField.LINKEDIN), v.get(ImportField.COMPANY),
                v.get(ImportField.TITLE), v.get(ImportField.SKILLS), v.get(ImportField.SOURCE),
                v.get(ImportField.NOTES), v.get(ImportField.ADDRESS),
                date(row, v.get(ImportField.CONNECTED_ON), problems));
    }

    private LocalDate date(int row, String text, List<RowProblem> problems) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(new RowProblem(row, column(ImportField.CONNECTED_ON), "importing.problem.date"));
        return null;
    }

    /** The header of the column that holds {@code field} (the field name if unmapped). */
    String column(ImportField field) {
        int i = mapping.columnOf(field);
        if (i < 0 && field == ImportField.FIRST_NAME || i < 0 && field == ImportField.LAST_NAME) {
            i = mapping.columnOf(ImportField.FULL_NAME);
        }
        return i >= 0 && i < header.size() ? header.get(i) : field.name();
    }
}
