package org.warmline.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.recruiter.Role;
import org.warmline.server.AccessTest;
import org.warmline.server.ServerProcess;
import org.warmline.server.UserService;

/**
 * Several clients, each signed in with their own login and the recruiter role, edit overlapping
 * candidates on a real office server (warmline server in a child JVM: NATIVE authentication, SQL
 * roles, the UPDATE guard trigger) on 127.0.0.1 through
 * CandidateService (optimistic locking; a conflict re-reads and retries), beside a bare
 * one-row insert transaction from as many clients. Each edit increments a counter kept in the
 * candidate's notes, so lost updates show as counters lower than the successful saves.
 */
final class ServerBench {
    private static final int HOT_CANDIDATES = 200;
    private static final String INSERT_CANDIDATE = """
            INSERT INTO candidate (first_name, last_name, status, notes, sort_name, created_at,
                                   updated_at)
            VALUES (?, ?, 'ACTIVE', '0', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""";

    /** Standalone: {@code ServerBench OUT_DIR [CLIENTS] [EDITS_PER_CLIENT]}. */
    public static void main(String[] args) throws Exception {
        Map<String, Object> results = new java.util.LinkedHashMap<>();
        run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 10,
                args.length > 2 ? Integer.parseInt(args[2]) : 1000, results);
        results.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    static void run(Path dir, int clients, int editsPerClient, Map<String, Object> out)
            throws Exception {
        try (ServerProcess server = new ServerProcess(dir.resolve("office")).start()) {
            try (Database admin = server.admin()) {
                admin.inTransaction(tx -> {
                    for (int i = 0; i < HOT_CANDIDATES; i++) {
                        int n = i;
                        tx.insert(INSERT_CANDIDATE, ps -> {
                            ps.setString(1, "Bench" + n);
                            ps.setString(2, "Candidate");
                            ps.setString(3, "Candidate Bench" + n);
                        });
                    }
                    return null;
                });
                UserService users = AccessTest.users(admin);
                for (int c = 0; c < clients; c++) {
                    users.add(login(c), "Bench " + c, password(c).toCharArray(), Role.RECRUITER);
                }
            }
            edits(server, clients, editsPerClient, out);
            bareInserts(server, clients, editsPerClient, out);
        }
    }

    private static String login(int client) {
        return "bench" + client;
    }

    private static String password(int client) {
        return "bench-secret-" + client;
    }

    private static void edits(ServerProcess server, int clients, int perClient,
                              Map<String, Object> out) throws Exception {
        long[] latencies = new long[clients * perClient];
        AtomicInteger next = new AtomicInteger();
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                try (Database db = server.login(login(client), password(client))) {
                    var me = new RecruiterService(db).findByLogin(login(client)).orElseThrow();
                    CandidateService candidates = new CandidateService(db, new SearchIndex(),
                            new Session(me, "bench", Role.RECRUITER), AppEvents.direct(),
                            Clock.systemUTC());
                    Random random = new Random(client);
                    for (int i = 0; i < perClient; i++) {
                        CandidateId id = new CandidateId(1 + random.nextInt(HOT_CANDIDATES));
                        latencies[next.getAndIncrement()] = editUntilSaved(candidates, id, conflicts);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long counted;
        try (Database db = server.admin()) {
            counted = db.read(tx -> tx.queryLong(
                    "SELECT SUM(CAST(notes AS INT)) FROM candidate", Binder.NONE));
        }
        Stats stats = new Stats(latencies, next.get());
        out.put("server_clients", clients);
        out.put("server_edits", stats.count());
        out.put("server_edits_per_s", stats.count() / seconds);
        out.put("server_p50_ms", stats.percentile(50));
        out.put("server_p95_ms", stats.percentile(95));
        out.put("server_p99_ms", stats.percentile(99));
        out.put("server_conflicts_retried", conflicts.get());
        out.put("server_lost_updates", stats.count() - counted);
    }

    /** One edit: read, increment the counter, save; a conflict re-reads. Returns the save's nanos. */
    private static long editUntilSaved(CandidateService candidates, CandidateId id,
                                       AtomicLong conflicts) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Candidate current = candidates.get(id);
            int counter = Integer.parseInt(current.notes());
            long t0 = System.nanoTime();
            try {
                candidates.update(current.withNotes(String.valueOf(counter + 1)));
                return System.nanoTime() - t0;
            } catch (StaleRecordException conflict) {
                conflicts.incrementAndGet();
            }
        }
        throw new IllegalStateException("candidate " + id.value() + " could not be saved in 50 tries");
    }

    private static void bareInserts(ServerProcess server, int clients, int perClient,
                                    Map<String, Object> out) throws Exception {
        long[] latencies = new long[clients * perClient];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                try (Database db = server.login(login(client), password(client))) {
                    for (int i = 0; i < perClient; i++) {
                        int n = i;
                        long t0 = System.nanoTime();
                        db.inTransaction(tx -> tx.update(
                                "INSERT INTO search_term (kind, entity_id, term) VALUES ('X', ?, ?)",
                                st -> {
                                    st.setLong(1, client);
                                    st.setString(2, "bench" + n);
                                }));
                        latencies[next.getAndIncrement()] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Stats stats = new Stats(latencies, next.get());
        out.put("server_bare_tx_per_s", stats.count() / seconds);
        out.put("server_bare_p95_ms", stats.percentile(95));
    }

    private ServerBench() {
    }
}
