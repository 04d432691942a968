package org.warmline.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which field each column of a file holds, by column position; extra columns are ignored. */
public record ColumnMapping(List<ImportField> fields) {
    public ColumnMapping {
        fields = List.copyOf(fields);
    }

    /** A guess from the header names; a field is guessed for the first column naming it only. */
    public static ColumnMapping guess(List<String> header) {
        List<ImportField> fields = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String name : header) {
            ImportField f = ImportField.guess(name);
            if (f == ImportField.EMAIL && taken.contains(ImportField.EMAIL)) {
                f = ImportField.EMAIL2;
            }
            if (f != ImportField.IGNORE && !taken.add(f)) {
                f = ImportField.IGNORE;
            }
            fields.add(f);
        }
        return new ColumnMapping(fields);
    }

    /** The field of column {@code index} (IGNORE beyond the mapped columns). */
    public ImportField field(int index) {
        return index < fields.size() ? fields.get(index) : ImportField.IGNORE;
    }

    /** The first column holding {@code field}, or -1. */
    public int columnOf(ImportField field) {
        return fields.indexOf(field);
    }

    /** True when the names can be read: first and last name, or a full name. */
    public boolean hasNames() {
        return fields.contains(ImportField.FULL_NAME)
                || fields.contains(ImportField.FIRST_NAME) && fields.contains(ImportField.LAST_NAME);
    }

    /** This mapping with column {@code index} set to {@code field}. */
    public ColumnMapping with(int index, ImportField field) {
        List<ImportField> next = new ArrayList<>(fields);
        while (next.size() <= index) {
            next.add(ImportField.IGNORE);
        }
        next.set(index, field);
        return new ColumnMapping(next);
    }
}
