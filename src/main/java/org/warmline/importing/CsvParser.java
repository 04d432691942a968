package org.warmline.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: a delimiter, double quotes around cells that hold the delimiter, quotes
 * or line breaks, and quotes doubled inside them. Enforces the column and cell limits while it
 * reads, so an endless cell or row fails early instead of filling memory.
 */
final class CsvParser implements TableReader {
    private static final int BUFFER = 64 * 1024;
    private final Reader in;
    private final char delimiter;
    private final ImportLimits limits;
    private final char[] buffer = new char[BUFFER];
    private int length;
    private int pos;
    private int row;
    private final StringBuilder cell = new StringBuilder();
    private List<String> cells = new ArrayList<>();

    CsvParser(Reader in, char delimiter, ImportLimits limits) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        while (readRecord()) {
            if (row > limits.maxRows()) {
                throw new ImportFileException("importing.file.tooManyRows", limits.maxRows());
            }
            List<String> record = cells;
            cells = new ArrayList<>();
            if (!sink.accept(row, record)) {
                return;
            }
        }
    }

    /** Reads one record into {@code cells}; false at the end of the input. */
    private boolean readRecord() throws IOException {
        int c = next();
        if (c < 0) {
            return false;
        }
        row++;
        boolean quoted = false;
        boolean startOfCell = true;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new ImportFileException("importing.file.openQuote", row);
                }
                endCell();
                return true;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int peek = next();
                    if (peek == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        c = peek;
                        continue;
                    }
                } else {
                    append(ch);
                }
            } else if (ch == '"' && startOfCell) {
                quoted = true;
                startOfCell = false;
            } else if (ch == delimiter) {
                endCell();
                startOfCell = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int peek = next();
                    if (peek != '\n' && peek >= 0) {
                        pos--;
                    }
                }
                endCell();
                return true;
            } else {
                append(ch);
                startOfCell = false;
            }
            c = next();
        }
    }

    private void append(char ch) {
        if (cell.length() >= limits.maxCellChars()) {
            throw new ImportFileException("importing.file.cellTooLong", row, cells.size() + 1,
                    limits.maxCellChars());
        }
        cell.append(ch);
    }

    private void endCell() {
        if (cells.size() >= limits.maxColumns()) {
            throw new ImportFileException("importing.file.tooManyColumns", row,
                    limits.maxColumns());
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private int next() throws IOException {
        if (pos >= length) {
            length = in.read(buffer, 0, BUFFER);
            pos = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    /** The number of the last record read. */
    int row() {
        return row;
    }
}
