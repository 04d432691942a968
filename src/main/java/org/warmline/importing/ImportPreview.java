package org.warmline.importing;

import java.util.List;

/**
 * What a file looks like before it is imported: its format, header, first rows, the guessed
 * column mapping, the number of data rows, and whether it is a LinkedIn connections export.
 */
public record ImportPreview(String format, List<String> header, List<List<String>> rows,
                            ColumnMapping mapping, boolean linkedIn) {
    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
