package org.warmline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delimited text file: its encoding and its delimiter, found by reading it, and a reader
 * for its rows that can be opened as often as needed.
 */
final class CsvFile implements TableReader {
    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_CHARS = 64 * 1024;
    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final ImportLimits limits;

    private CsvFile(Path file, TextEncoding encoding, char delimiter, ImportLimits limits) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    static CsvFile open(Path file, ImportLimits limits) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file);
        String sample;
        try (Reader r = reader(file, encoding)) {
            char[] buf = new char[SAMPLE_CHARS];
            int n = r.read(buf);
            sample = n <= 0 ? "" : new String(buf, 0, n);
        }
        return new CsvFile(file, encoding, delimiterOf(sample, limits), limits);
    }

    char delimiter() {
        return delimiter;
    }

    TextEncoding encoding() {
        return encoding;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        try (Reader r = reader(file, encoding)) {
            new CsvParser(r, delimiter, limits).read(sink);
        }
    }

    private static Reader reader(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomBytes());
        return new InputStreamReader(in, encoding.charset());
    }

    /**
     * The delimiter that splits most sample rows into the same number (two or more) of cells;
     * notes before the header (as in LinkedIn's export) and a cut-off last row count less.
     */
    static char delimiterOf(String sample, ImportLimits limits) {
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int score = score(sample, d, limits);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(String sample, char delimiter, ImportLimits limits) {
        List<Integer> widths = new ArrayList<>();
        try {
            new CsvParser(new StringReader(sample), delimiter, limits)
                    .read((row, cells) -> widths.add(cells.size()));
        } catch (ImportFileException | IOException e) {
            // A sample cut inside a quoted cell, or too wide for this delimiter: judge what was read.
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int w : widths) {
            if (w >= 2) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
