package org.warmline.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.warmline.platform.i18n.Messages;

/**
 * The row-level error report next to an imported file ({@code FILE.errors.csv}: row, column,
 * problem), in UTF-8 with a byte order mark so that Excel opens it correctly. A run without
 * problems removes an older report, which would otherwise mislead.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    /** Where the report of {@code file} goes. */
    static Path pathFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".errors.csv");
    }

    /** Writes the report (or removes a stale one) and returns its path, null when none. */
    static Path write(Path file, List<RowProblem> problems, Messages msg) throws IOException {
        Path report = pathFor(file.toAbsolutePath());
        if (problems.isEmpty()) {
            Files.deleteIfExists(report);
            return null;
        }
        Path tmp = report.resolveSibling(report.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(line(msg.get("importing.report.row"), msg.get("importing.report.column"),
                    msg.get("importing.report.problem")));
            for (RowProblem p : problems) {
                w.write(line(String.valueOf(p.row()), p.column(), p.problem()));
            }
        }
        Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING);
        return report;
    }

    private static String line(String... cells) {
        StringBuilder b = new StringBuilder();
        for (String cell : cells) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(quote(cell));
        }
        return b.append("\r\n").toString();
    }

    /** Quotes where needed; a leading = + - @ is defused so a spreadsheet shows it as text. */
    static String quote(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
