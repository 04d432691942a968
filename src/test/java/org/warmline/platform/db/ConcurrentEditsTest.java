package org.warmline.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.testing.DatabaseExtension;
import org.warmline.testing.DbTest;

/**
 * Ten clients edit overlapping rows with optimistic locking: every successful save is visible
 * afterwards, every conflict is reported, and no deadlock reaches the caller. Also writes the
 * save latencies to {@code target/bench/office-edits.md}.
 */
@DbTest
class ConcurrentEditsTest {
    private static final int CLIENTS = 10;
    private static final int EDITS = 100;
    private static final int ROWS = 20;
    private static final String READ = "SELECT display_name, version FROM recruiter WHERE id = ?";
    private static final String SAVE = """
            UPDATE recruiter SET display_name = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private record Row(String name, int version) {
    }

    @Test
    void tenClientsLoseNoUpdate(Database db) throws Exception {
        long[] ids = new long[ROWS];
        for (int i = 0; i < ROWS; i++) {
            int n = i;
            ids[i] = db.inTransaction(tx -> tx.insert(
                    "INSERT INTO recruiter (login, display_name) VALUES (?, '0')",
                    st -> st.setString(1, "r" + n)));
        }
        AtomicLongArray saves = new AtomicLongArray(ROWS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> conflicts = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            conflicts.add(pool.submit(() -> edit(db, ids, random, saves, latencies)));
        }
        int conflicted = 0;
        for (Future<Integer> f : conflicts) {
            conflicted += f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        for (int i = 0; i < ROWS; i++) {
            long id = ids[i];
            Row row = db.read(tx -> tx.queryOne(READ, st -> st.setLong(1, id),
                    rs -> new Row(rs.getString(1), rs.getInt(2)))).orElseThrow();
            assertThat(Long.parseLong(row.name())).as("row %d", i).isEqualTo(saves.get(i));
            assertThat(row.version()).isEqualTo(saves.get(i));
        }
        long total = 0;
        for (int i = 0; i < ROWS; i++) {
            total += saves.get(i);
        }
        assertThat(total + conflicted).isEqualTo(CLIENTS * EDITS);
        report(latencies, seconds, conflicted, db.deadlockRetries());
    }

    /** One client: read a row, add one to its counter, save on the version read. */
    private static int edit(Database db, long[] ids, Random random, AtomicLongArray saves,
                            List<Long> latencies) {
        int conflicts = 0;
        for (int e = 0; e < EDITS; e++) {
            int i = random.nextInt(ROWS);
            long id = ids[i];
            Row row = db.read(tx -> tx.queryOne(READ, st -> st.setLong(1, id),
                    rs -> new Row(rs.getString(1), rs.getInt(2)))).orElseThrow();
            long t0 = System.nanoTime();
            try {
                db.inTransaction(tx -> {
                    tx.updateVersioned("recruiter", id, SAVE, st -> {
                        st.setString(1, String.valueOf(Long.parseLong(row.name()) + 1));
                        st.setLong(2, id);
                        st.setInt(3, row.version());
                    });
                    return null;
                });
                saves.incrementAndGet(i);
            } catch (StaleRecordException reported) {
                conflicts++;
            }
            latencies.add(System.nanoTime() - t0);
        }
        return conflicts;
    }

    private static void report(List<Long> latencies, double seconds, int conflicts,
                               long deadlockRetries) throws Exception {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String mode = DatabaseExtension.networkMode() ? "network (loopback)" : "embedded";
        String text = String.format(java.util.Locale.ROOT,
                "| %s | %d × %d | %.0f saves/s | %.2f | %.2f | %.2f | %d | %d |%n", mode,
                CLIENTS, EDITS, sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), conflicts, deadlockRetries);
        Path out = Path.of("target", "bench", "office-edits.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }
}
