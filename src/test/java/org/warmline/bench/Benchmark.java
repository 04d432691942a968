package org.warmline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.warmline.app.AppContext;
import org.warmline.app.Main;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.settings.DataDirectory;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;

/**
 * One command that measures Warmline against its targets and, in the same run, the floors
 * beside them (a naive LIKE scan, a bare insert): builds the sample agency, times search, the
 * candidate list, cold start-up and the shared server, and writes {@code results.json} and
 * {@code results.md} into the output directory. Usage: {@code Benchmark OUT_DIR [key=value...]}.
 */
public final class Benchmark {
    private static final Map<String, String> DEFAULTS = Map.of(
            "candidates", "100000", "queries", "1000", "naiveQueries", "200",
            "startupRuns", "5", "serverClients", "10", "serverEdits", "1000",
            "jar", "target/warmline.jar", "image", "target/installer/image/warmline");
    /** Figures the benchmark cannot take yet because the feature is not built: always null. */
    static final List<String> NOT_BUILT = List.of();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Benchmark OUT_DIR [key=value...]");
        }
        Path out = Paths.get(args[0]).toAbsolutePath();
        Map<String, String> opts = options(args);
        Map<String, Object> results = new LinkedHashMap<>();
        Path data = out.resolve("data");
        deleteTree(data);
        deleteTree(out.resolve("server-db"));
        Files.createDirectories(out);
        buildDemo(data, intOpt(opts, "candidates"), results);
        measureInProcess(data, opts, results);
        StartupBench.run(data, Paths.get(opts.get("jar")), intOpt(opts, "startupRuns"), results);
        StartupBench.runInstalled(data, Paths.get(opts.get("image")).toAbsolutePath(),
                intOpt(opts, "startupRuns"), results);
        ServerBench.run(out, intOpt(opts, "serverClients"), intOpt(opts, "serverEdits"), results);
        ReportBench.run(data, out, results);
        ImportBench.run(out, intOpt(opts, "candidates"), results);
        NOT_BUILT.forEach(key -> results.put(key, null));
        String table = Report.write(out, results);
        System.out.println(table);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>(DEFAULTS);
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0 || !DEFAULTS.containsKey(args[i].substring(0, eq))) {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: " + DEFAULTS.keySet());
            }
            opts.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        return opts;
    }

    private static int intOpt(Map<String, String> opts, String key) {
        return Integer.parseInt(opts.get(key).strip());
    }

    /** Runs {@code warmline demo} in-process, exactly as a user would. */
    private static void buildDemo(Path data, int candidates, Map<String, Object> results) {
        StringWriter log = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.run(new String[] {"demo", "--data-dir", data.toString(),
                "--candidates", String.valueOf(candidates), "--seed", "42"},
                new PrintWriter(log, true), new PrintWriter(log, true));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("demo failed (" + code + "): " + log);
        }
        results.put("demo_seconds", seconds);
    }

    /** Counts, search and list view, in this JVM on the embedded database the demo built. */
    private static void measureInProcess(Path data, Map<String, String> opts,
                                         Map<String, Object> results) {
        try (Database db = Database.embedded(DataDirectory.database(data)).migrated()) {
            results.put("candidates", db.read(tx -> tx.queryLong(
                    "SELECT COUNT(*) FROM candidate", Binder.NONE)));
            results.put("submissions", db.read(tx -> tx.queryLong(
                    "SELECT COUNT(*) FROM submission", Binder.NONE)));
            var maya = new RecruiterService(db).findByLogin("maya").orElseThrow();
            AppContext app = new AppContext(db, new Session(maya, "bench"), AppEvents.direct(),
                    Clock.systemUTC());
            SearchBench.run(db, app.search(), intOpt(opts, "queries"),
                    intOpt(opts, "naiveQueries"), results);
            ListBench.run(app.candidates(), results);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
