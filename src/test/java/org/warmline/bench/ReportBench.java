package org.warmline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warmline.app.Main;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.DataDirectory;
import org.warmline.recruiter.RecruiterService;
import org.warmline.report.ExportProgress;
import org.warmline.report.ExportResult;
import org.warmline.report.ReportDefinition;
import org.warmline.report.ReportParameters;
import org.warmline.report.ReportService;
import org.warmline.report.SheetDefinition;

/**
 * The {@code pipeline} export against, in the same JVM, a raw POI SXSSF write of the same cell
 * values (held in memory) and the same SQL over plain JDBC into raw SXSSF; then the export
 * command in a child JVM with -Xmx256m (its peak heap and peak RSS).
 */
final class ReportBench {
    private ReportBench() {
    }

    private static final int ROUNDS = 3;

    static void run(Path data, Path out, Map<String, Object> results) throws Exception {
        Path exported = out.resolve("pipeline.xlsx");
        double[] export = new double[ROUNDS];
        double[] jdbc = new double[ROUNDS];
        try (Database db = Database.embedded(DataDirectory.database(data)).migrated()) {
            ReportService reports = new ReportService(db, new RecruiterService(db),
                    new Messages(Locale.ROOT), data.resolve("reports"), Clock.systemDefaultZone());
            ReportDefinition pipeline = reports.catalog().find("pipeline").orElseThrow();
            reports.export(pipeline, ReportParameters.ALL, out.resolve("warm-up.xlsx"),
                    ExportProgress.NONE);
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                ExportResult result = reports.export(pipeline, ReportParameters.ALL, exported,
                        ExportProgress.NONE);
                export[i] = (System.nanoTime() - t0) / 1e9;
                results.put("export_rows", result.sheets().stream().mapToInt(s -> s.rows()).sum());
                long t1 = System.nanoTime();
                jdbcAndPoi(db, pipeline, out.resolve("raw-jdbc.xlsx"));
                jdbc[i] = (System.nanoTime() - t1) / 1e9;
            }
        }
        List<List<List<Object>>> sheets = readBack(exported);
        double[] raw = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t2 = System.nanoTime();
            rawWrite(sheets, out.resolve("raw.xlsx"));
            raw[i] = (System.nanoTime() - t2) / 1e9;
        }
        results.put("export_seconds", median(export));
        results.put("export_raw_poi_seconds", median(raw));
        results.put("export_ratio", median(export) / median(raw));
        results.put("export_raw_jdbc_poi_seconds", median(jdbc));
        results.put("export_ratio_vs_jdbc_poi", median(export) / median(jdbc));
        childJvm(data, out, results);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The hand-written equivalent: the definition's own SQL over plain JDBC, each value put
     * straight into an SXSSF cell (no grouping, totals, widths or styles beyond dates).
     */
    private static void jdbcAndPoi(Database db, ReportDefinition report, Path target)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            db.read(tx -> {
                for (SheetDefinition def : report.sheets()) {
                    SXSSFSheet sheet = wb.createSheet(def.name());
                    try (PreparedStatement st = tx.connection().prepareStatement(def.sql())) {
                        for (int i = 0; i < def.parameters().size(); i++) {
                            if (def.parameters().get(i).equals("now")) {
                                st.setTimestamp(i + 1, new Timestamp(System.currentTimeMillis()));
                            } else {
                                st.setNull(i + 1, Types.BIGINT);
                            }
                        }
                        copy(st.executeQuery(), sheet, date);
                    }
                }
                return null;
            });
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void copy(ResultSet rs, SXSSFSheet sheet, CellStyle date) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        int r = 0;
        while (rs.next()) {
            Row row = sheet.createRow(r++);
            for (int c = 1; c <= n; c++) {
                Object v = rs.getObject(c);
                if (v instanceof Number num) {
                    row.createCell(c - 1).setCellValue(num.doubleValue());
                } else if (v instanceof java.sql.Date d) {
                    Cell cell = row.createCell(c - 1);
                    cell.setCellValue(d.toLocalDate());
                    cell.setCellStyle(date);
                } else if (v != null) {
                    row.createCell(c - 1).setCellValue(v.toString());
                }
            }
        }
    }

    /** Every data sheet's cells (the cover left out), as numbers, dates and text. */
    private static List<List<List<Object>>> readBack(Path file) throws IOException {
        List<List<List<Object>>> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : wb.getSheetAt(s)) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(value(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                    : (Object) cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }

    private static void rawWrite(List<List<List<Object>>> sheets, Path target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int s = 0; s < sheets.size(); s++) {
                SXSSFSheet sheet = wb.createSheet("Sheet" + s);
                int r = 0;
                for (List<Object> values : sheets.get(s)) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        put(row.createCell(c), values.get(c), date);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void put(Cell cell, Object v, CellStyle date) {
        if (v instanceof Double d) {
            cell.setCellValue(d);
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(date);
        } else if (v != null) {
            cell.setCellValue((String) v);
        }
    }

    /** The export command in its own JVM with -Xmx256m. */
    private static void childJvm(Path data, Path out, Map<String, Object> results)
            throws Exception {
        Path log = out.resolve("export-child.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dderby.stream.error.file=" + out.resolve("derby-child.log"),
                "-cp", System.getProperty("java.class.path"), ReportBench.class.getName(),
                data.toString(), out.resolve("child.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(30, TimeUnit.MINUTES);
        String text = Files.readString(log);
        results.put("export_256m_ok", done && p.exitValue() == 0);
        results.put("export_heap_mb", figure(text, "peak_heap_mb="));
        results.put("export_rss_mb", figure(text, "peak_rss_mb="));
    }

    private static Double figure(String text, String key) {
        int at = text.indexOf(key);
        if (at < 0) {
            return null;
        }
        int end = text.indexOf('\n', at);
        return Double.valueOf(text.substring(at + key.length(), end < 0 ? text.length() : end)
                .strip());
    }

    /**
     * Child JVM: runs {@code export}, then prints its peak heap and peak RSS. With
     * {@code --alone DATA OUT} it runs just this benchmark on an existing sample.
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--alone")) {
            Map<String, Object> results = new java.util.LinkedHashMap<>();
            Files.createDirectories(Path.of(args[2]));
            run(Path.of(args[1]), Path.of(args[2]), results);
            System.out.println(results);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        int code = Main.run(new String[] {"export", "--data-dir", args[0], "--report", "pipeline",
                "--out", args[1]}, out, out);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        out.println("peak_heap_mb=" + heap / (1024.0 * 1024));
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                out.println("peak_rss_mb=" + Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
            }
        }
        System.exit(code);
    }
}
