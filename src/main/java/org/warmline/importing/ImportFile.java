package org.warmline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file to import, opened by what it contains rather than by its name: an .xlsx workbook or
 * delimited text. Finds the header row below any notes (LinkedIn's export starts with some)
 * and hands out the data rows below it.
 */
final class ImportFile {
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final List<String> LINKEDIN_HEADER =
            List.of("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                    "Connected On");
    private final TableReader table;
    private final String format;
    private final List<String> header;
    private final int headerRow;

    private ImportFile(TableReader table, String format) throws IOException {
        this.table = table;
        this.format = format;
        List<List<String>> top = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        table.read((row, cells) -> {
            top.add(cells);
            numbers.add(row);
            return top.size() < HEADER_SEARCH_ROWS;
        });
        int at = headerIndex(top);
        this.header = at < 0 ? List.of() : List.copyOf(top.get(at));
        this.headerRow = at < 0 ? 0 : numbers.get(at);
    }

    /** Opens {@code file}; ImportFileException when it is not a table Warmline can read. */
    static ImportFile open(Path file, ImportLimits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.size(file) > limits.maxFileBytes()) {
            throw new ImportFileException("importing.file.tooBig", limits.maxFileBytes() / 1_048_576);
        }
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(magic, 0, 4);
        }
        if (magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return new ImportFile(new XlsxFile(file, limits), "XLSX");
        }
        if ((magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF) {
            throw new ImportFileException("importing.file.xls");
        }
        CsvFile csv = CsvFile.open(file, limits);
        String delimiter = csv.delimiter() == '\t' ? "tab" : String.valueOf(csv.delimiter());
        return new ImportFile(csv, "CSV " + csv.encoding().charset().name() + " " + delimiter);
    }

    /** The first row with two or more cells that names a known field, else two or more cells. */
    private static int headerIndex(List<List<String>> rows) {
        int fallback = -1;
        for (int i = 0; i < rows.size(); i++) {
            long filled = rows.get(i).stream().filter(s -> !s.isBlank()).count();
            if (filled < 2) {
                continue;
            }
            if (rows.get(i).stream().anyMatch(s -> ImportField.guess(s) != ImportField.IGNORE)) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    List<String> header() {
        return header;
    }

    /** The row number of the header (0 when the file has none). */
    int headerRow() {
        return headerRow;
    }

    String format() {
        return format;
    }

    /** True for LinkedIn's Connections.csv (its header names exactly these columns). */
    boolean isLinkedIn() {
        return header.stream().map(String::strip).toList().containsAll(LINKEDIN_HEADER);
    }

    /** Every non-blank row below the header, with its row number. */
    void dataRows(RowSink sink) throws IOException {
        table.read((row, cells) -> row <= headerRow || isBlank(cells) || sink.accept(row, cells));
    }

    /** Up to {@code limit} rows below the header. */
    List<List<String>> firstRows(int limit) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        if (limit > 0) {
            dataRows((row, cells) -> {
                rows.add(cells);
                return rows.size() < limit;
            });
        }
        return rows;
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
