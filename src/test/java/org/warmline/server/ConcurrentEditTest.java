package org.warmline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Role;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.testing.DatabaseExtension;

/**
 * Ten recruiters, each signed in with their own login, edit the same few candidates at once:
 * every save that succeeded is in the data, every conflict is reported as stale.
 */
class ConcurrentEditTest {
    private static final int CLIENTS = 10;
    private static final int EDITS = 50;
    private static final String INSERT_CANDIDATE = """
            INSERT INTO candidate (first_name, last_name, status, notes, sort_name, created_at,
                                   updated_at)
            VALUES (?, ?, 'ACTIVE', '0', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""";
    private static Path dir;
    private static ServerProcess server;
    private static List<Long> hot;

    @BeforeAll
    static void startServer() throws Exception {
        dir = Files.createTempDirectory("warmline-concurrent");
        server = new ServerProcess(dir.resolve("office")).start();
        try (Database admin = server.admin()) {
            String[][] names = {{"芳", "王"}, {"Zoë", "Ødegård"}, {"Ana", "Ribeiro"}, {"Li", "Wei"},
                    {"Sam", "Okafor"}};
            for (String[] name : names) {
                admin.inTransaction(tx -> tx.insert(INSERT_CANDIDATE, ps -> {
                    ps.setString(1, name[0]);
                    ps.setString(2, name[1]);
                    ps.setString(3, name[1] + " " + name[0]);
                }));
            }
            hot = admin.read(tx -> tx.query("SELECT id FROM candidate", Binder.NONE,
                    rs -> rs.getLong(1)));
            UserService users = AccessTest.users(admin);
            for (int i = 0; i < CLIENTS; i++) {
                users.add("editor" + i, "Editor " + i, ("editor-pw-" + i).toCharArray(),
                        Role.RECRUITER);
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        DatabaseExtension.deleteTree(dir);
    }

    @Test
    void tenLoginsEditingTheSameCandidatesLoseNoUpdate() throws Exception {
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                edit(client, saved, conflicts);
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        long counted;
        try (Database admin = server.admin()) {
            counted = admin.read(tx -> tx.queryLong(
                    "SELECT SUM(CAST(notes AS INT)) FROM candidate", Binder.NONE));
        }
        assertThat(saved.get()).isEqualTo(CLIENTS * EDITS);
        assertThat(counted).isEqualTo(saved.get());
        assertThat(conflicts.get()).isPositive();
    }

    private static void edit(int client, AtomicInteger saved, AtomicInteger conflicts) {
        try (Database db = server.login("editor" + client, "editor-pw-" + client)) {
            var me = new RecruiterService(db).findByLogin("editor" + client).orElseThrow();
            CandidateService candidates = new CandidateService(db, new SearchIndex(),
                    new Session(me, "test", Role.RECRUITER), AppEvents.direct(), Clock.systemUTC());
            Random random = new Random(client);
            for (int i = 0; i < EDITS; i++) {
                CandidateId id = new CandidateId(hot.get(random.nextInt(hot.size())));
                while (true) {
                    Candidate current = candidates.get(id);
                    int counter = Integer.parseInt(current.notes());
                    try {
                        candidates.update(current.withNotes(String.valueOf(counter + 1)));
                        saved.incrementAndGet();
                        break;
                    } catch (StaleRecordException conflict) {
                        conflicts.incrementAndGet();
                    }
                }
            }
        }
    }
}
