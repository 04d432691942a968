package org.warmline.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the benchmark's figures as one flat JSON object ({@code results.json}, null for a
 * figure not taken) and as a readable table with each target or floor beside its figure
 * ({@code results.md}).
 */
final class Report {
    private Report() {
    }

    /** Writes both files into {@code dir} and returns the table. */
    static String write(Path dir, Map<String, Object> figures) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        all.put("machine", machine());
        figures.forEach((k, v) -> all.put(k, round(v)));
        Files.writeString(dir.resolve("results.json"), json(all), StandardCharsets.UTF_8);
        String table = markdown(all);
        Files.writeString(dir.resolve("results.md"), table, StandardCharsets.UTF_8);
        return table;
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return "%s %s %s, %d cores, max heap %d MB, Java %s (%s)".formatted(
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    /** Doubles to 0.01 below 10 and to 0.1 above; NaN and infinities become null. */
    static Object round(Object v) {
        if (!(v instanceof Double d)) {
            return v;
        }
        if (d.isNaN() || d.isInfinite()) {
            return null;
        }
        int scale = Math.abs(d) < 10 ? 2 : 1;
        return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String json(Map<String, Object> all) {
        StringBuilder b = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : all.entrySet()) {
            b.append("  ").append(quote(e.getKey())).append(": ").append(value(e.getValue()));
            b.append(++i < all.size() ? ",\n" : "\n");
        }
        return b.append("}\n").toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v instanceof Number || v instanceof Boolean ? v.toString() : quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String markdown(Map<String, Object> f) {
        StringBuilder b = new StringBuilder("# Warmline benchmark\n\n");
        b.append(f.get("date")).append(" — ").append(f.get("machine")).append("\n\n");
        b.append("| Figure | Value | Target / floor beside it | Verdict |\n");
        b.append("|---|---|---|---|\n");
        row(b, f, "candidates", "", "");
        row(b, f, "submissions", "", "");
        row(b, f, "demo_seconds", "", "");
        row(b, f, "search_p50_ms", "naive p50 " + text(f, "search_naive_p50_ms") + " ms", "");
        row(b, f, "search_p95_ms", "≤ 10 ms; naive p95 " + text(f, "search_naive_p95_ms")
                + " ms", verdict(f, "search_p95_ms", 10));
        row(b, f, "search_p99_ms", "", "");
        row(b, f, "search_naive_p95_ms", "floor: LIKE '%q%' scan on the same data", "");
        row(b, f, "list_first_page_ms", "count + 200 rows", "");
        row(b, f, "list_scroll_90000_ms", "200 rows at offset " + text(f, "list_scroll_offset"), "");
        row(b, f, "list_heap_mb", "heap in use after GC, benchmark JVM", "");
        row(b, f, "startup_ms", "≤ 2000 ms (median of " + text(f, "startup_runs") + ")",
                verdict(f, "startup_ms", 2000));
        row(b, f, "startup_installed_ms", "≤ 2000 ms, installed client with AppCDS (median of "
                + text(f, "startup_runs") + ")", verdict(f, "startup_installed_ms", 2000));
        row(b, f, "startup_installed_nocds_ms", "the same without the AppCDS archive", "");
        row(b, f, "server_p95_ms", "≤ 25 ms; bare insert p95 " + text(f, "server_bare_p95_ms")
                + " ms", verdict(f, "server_p95_ms", 25));
        row(b, f, "server_lost_updates", "0", verdict(f, "server_lost_updates", 0));
        row(b, f, "server_edits_per_s", "bare inserts " + text(f, "server_bare_tx_per_s") + "/s", "");
        row(b, f, "server_conflicts_retried", "", "");
        for (String key : Benchmark.NOT_BUILT) {
            row(b, f, key, "not built yet", "—");
        }
        if (f.get("search_slowest") != null) {
            b.append("\nSlowest searches: ").append(f.get("search_slowest")).append("\n");
        }
        if (f.get("startup_installed_note") != null) {
            b.append("\n").append(f.get("startup_installed_note")).append("\n");
        }
        if (f.get("startup_note") != null) {
            b.append("\n").append(f.get("startup_note")).append("\n");
        }
        return b.toString();
    }

    private static void row(StringBuilder b, Map<String, Object> f, String key, String beside,
                            String verdict) {
        b.append("| ").append(key).append(" | ").append(text(f, key)).append(" | ")
                .append(beside).append(" | ").append(verdict).append(" |\n");
    }

    private static String text(Map<String, Object> f, String key) {
        Object v = f.get(key);
        return v == null ? "—" : value(v).replace("\"", "");
    }

    private static String verdict(Map<String, Object> f, String key, double atMost) {
        return f.get(key) instanceof Number n ? (n.doubleValue() <= atMost ? "met" : "missed") : "—";
    }
}
