package org.warmline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.warmline.candidate.CandidateService;
import org.warmline.importing.ImportProgress;
import org.warmline.importing.ImportRequest;
import org.warmline.importing.ImportResult;
import org.warmline.importing.ImportService;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;

/**
 * A CSV import of {@code rows} invented people into an empty embedded database, timed end to
 * end (reading, checks, duplicate detection, batched inserts with search terms), beside the
 * floor of a bare JDBC batch insert of the same number of candidate rows.
 */
final class ImportBench {
    private ImportBench() {
    }

    /** Standalone: {@code ImportBench OUT_DIR [ROWS]}. */
    public static void main(String[] args) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        run(Paths.get(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100_000, results);
        results.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    static void run(Path out, int rows, Map<String, Object> results) throws IOException {
        Path csv = out.resolve("import-" + rows + ".csv");
        writeCsv(csv, rows);
        results.put("import_rows", rows);
        results.put("import_rows_per_s", timeImport(out.resolve("import-db"), csv, rows));
        results.put("import_raw_rows_per_s", timeRawInsert(out.resolve("import-raw-db"), rows));
    }

    private static double timeImport(Path dbDir, Path csv, int rows) {
        deleteTree(dbDir);
        try (Database db = Database.embedded(dbDir).migrated()) {
            var me = new RecruiterService(db).ensure("bench", "Bench Recruiter");
            Session session = new Session(me, "bench");
            AppEvents events = AppEvents.direct();
            Clock clock = Clock.systemUTC();
            ImportService imports = new ImportService(db, new CandidateService(db,
                    new SearchIndex(), session, events, clock), new Messages(Locale.ROOT),
                    session, events, clock);
            long t0 = System.nanoTime();
            ImportResult r = imports.run(ImportRequest.of(csv), ImportProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (r.imported() != rows) {
                throw new IllegalStateException("imported " + r.summary() + " of " + rows);
            }
            return rows / seconds;
        }
    }

    /** The floor: the same number of candidate rows by one JDBC batch per 1,000, nothing else. */
    private static double timeRawInsert(Path dbDir, int rows) {
        deleteTree(dbDir);
        try (Database db = Database.embedded(dbDir).migrated()) {
            long t0 = System.nanoTime();
            for (int start = 0; start < rows; start += 1000) {
                int from = start;
                db.inTransaction(tx -> {
                    try (PreparedStatement st = tx.connection().prepareStatement("""
                            INSERT INTO candidate (first_name, last_name, email, email_norm, status,
                                   sort_name, created_at, updated_at)
                            VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""")) {
                        Timestamp now = new Timestamp(System.currentTimeMillis());
                        for (int i = from; i < Math.min(rows, from + 1000); i++) {
                            st.setString(1, "First" + i);
                            st.setString(2, "Last" + i);
                            st.setString(3, "person" + i + "@example.com");
                            st.setString(4, "person" + i + "@example.com");
                            st.setString(5, "last" + i + " first" + i);
                            st.setTimestamp(6, now);
                            st.setTimestamp(7, now);
                            st.addBatch();
                        }
                        st.executeBatch();
                    }
                    return null;
                });
            }
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeCsv(Path csv, int rows) throws IOException {
        Files.createDirectories(csv.getParent());
        String[] titles = {"Backend Engineer", "Data Analyst", "Nurse", "Accountant", "Chef"};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("First Name,Last Name,Email,Phone,LinkedIn,Title,Skills,Notes\n");
            for (int i = 0; i < rows; i++) {
                w.write("Zoë" + i + ",Ødegård-" + i + ",person" + i + "@example.com,+44 7700 "
                        + (100000 + i) + ",https://www.linkedin.com/in/person-" + i + ","
                        + titles[i % titles.length] + ",\"Java, SQL\",Met at fair " + i + "\n");
            }
        }
    }
}
