package org.warmline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.search.SearchService;

/**
 * Find-as-you-type latency: realistic queries drawn deterministically from sampled candidate
 * rows (name prefixes, partial e-mail local parts, skill prefixes, "first last-prefix"), timed
 * through {@link SearchService#find} with the GUI's limit, beside a naive {@code LIKE '%q%'}
 * scan of the candidate table on the same data.
 */
final class SearchBench {
    static final int LIMIT = 25;
    private static final int WARM_UP = 100;
    private static final String SAMPLE = """
            SELECT first_name, last_name, email, skills FROM candidate WHERE id = ?""";
    private static final String NAIVE = """
            SELECT id FROM candidate
             WHERE LOWER(first_name) LIKE ? OR LOWER(last_name) LIKE ?
                OR LOWER(email) LIKE ? OR LOWER(skills) LIKE ?
             FETCH FIRST 25 ROWS ONLY""";

    private record Row(String first, String last, String email, String skills) {
    }

    static void run(Database db, SearchService search, int queries, int naiveQueries,
                    Map<String, Object> out) {
        List<String> qs = queries(db, queries, new Random(42));
        for (int i = 0; i < Math.min(WARM_UP, qs.size()); i++) {
            search.find(qs.get(i), LIMIT);
        }
        long[] nanos = new long[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            long t0 = System.nanoTime();
            search.find(qs.get(i), LIMIT);
            nanos[i] = System.nanoTime() - t0;
        }
        Stats fast = new Stats(nanos, nanos.length);
        out.put("search_queries", fast.count());
        out.put("search_p50_ms", fast.percentile(50));
        out.put("search_p95_ms", fast.percentile(95));
        out.put("search_p99_ms", fast.percentile(99));
        out.put("search_slowest", slowest(qs, nanos, 5));
        Stats naive = naive(db, qs.subList(0, Math.min(naiveQueries, qs.size())));
        out.put("search_naive_queries", naive.count());
        out.put("search_naive_p50_ms", naive.percentile(50));
        out.put("search_naive_p95_ms", naive.percentile(95));
    }

    /** The {@code n} slowest queries with their times, to show where the tail comes from. */
    private static String slowest(List<String> qs, long[] nanos, int n) {
        return java.util.stream.IntStream.range(0, qs.size()).boxed()
                .sorted((a, b) -> Long.compare(nanos[b], nanos[a])).limit(n)
                .map(i -> String.format(Locale.ROOT, "'%s' %.1f ms", qs.get(i), nanos[i] / 1e6))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Stats naive(Database db, List<String> qs) {
        for (int i = 0; i < Math.min(5, qs.size()); i++) {
            naiveFind(db, qs.get(i));
        }
        long[] nanos = new long[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            long t0 = System.nanoTime();
            naiveFind(db, qs.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return new Stats(nanos, nanos.length);
    }

    private static List<Long> naiveFind(Database db, String q) {
        String pattern = "%" + q.toLowerCase(Locale.ROOT) + "%";
        return db.read(tx -> tx.query(NAIVE, st -> {
            for (int p = 1; p <= 4; p++) {
                st.setString(p, pattern);
            }
        }, rs -> rs.getLong(1)));
    }

    /** {@code n} queries, the same for the same data and seed. */
    static List<String> queries(Database db, int n, Random random) {
        long maxId = db.read(tx -> tx.queryLong("SELECT MAX(id) FROM candidate", Binder.NONE));
        List<String> qs = new ArrayList<>(n);
        while (qs.size() < n && maxId > 0) {
            long id = 1 + (long) (random.nextDouble() * maxId);
            Optional<Row> row = db.read(tx -> tx.queryOne(SAMPLE, st -> st.setLong(1, id),
                    rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4))));
            row.map(r -> query(r, qs.size() % 4, random))
                    .filter(q -> !q.isBlank())
                    .ifPresent(qs::add);
        }
        return qs;
    }

    private static String query(Row r, int shape, Random random) {
        return switch (shape) {
            case 0 -> prefix(random.nextBoolean() ? r.first() : r.last(), 1, 6, random);
            case 1 -> prefix(localPart(r.email()), 3, 8, random);
            case 2 -> prefix(oneSkill(r.skills(), random), 2, 6, random);
            default -> r.first() + " " + prefix(r.last(), 1, 4, random);
        };
    }

    /** A prefix of {@code s} of between min and max characters (as typed: sometimes lower case). */
    private static String prefix(String s, int min, int max, Random random) {
        if (s == null || s.isBlank()) {
            return "";
        }
        int upper = Math.min(max, s.length());
        int len = Math.min(upper, min + random.nextInt(Math.max(1, upper - min + 1)));
        String typed = s.substring(0, len).strip();
        return random.nextBoolean() ? typed.toLowerCase(Locale.ROOT) : typed;
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    private static String oneSkill(String skills, Random random) {
        if (skills == null || skills.isBlank()) {
            return "";
        }
        String[] all = skills.split(",");
        return all[random.nextInt(all.length)].strip();
    }

    private SearchBench() {
    }
}
