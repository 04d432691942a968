package org.warmline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command runs end to end on a small agency and writes every required figure. */
class BenchmarkSmokeTest {
    private static final Pattern ENTRY = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(null|\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*)");
    private static final List<String> REQUIRED = List.of("search_p95_ms", "search_naive_p95_ms",
            "startup_ms", "export_seconds", "export_raw_poi_seconds", "export_ratio",
            "export_heap_mb", "import_rows_per_s", "import_raw_rows_per_s", "server_p95_ms",
            "server_lost_updates", "candidates", "submissions");

    @Test
    @Timeout(120)
    void writesEveryFigureOfASmallRun(@TempDir Path dir) throws Exception {
        Benchmark.main(new String[] {dir.toString(), "candidates=1000", "queries=50",
                "naiveQueries=10", "startupRuns=1", "serverClients=2", "serverEdits=20",
                "jar=" + dir.resolve("no-such.jar"), "image=" + dir.resolve("no-such-image")});

        Map<String, String> r = parse(Files.readString(dir.resolve("results.json")));
        assertThat(r).containsKeys(REQUIRED.toArray(String[]::new));
        assertThat(r.get("candidates")).isEqualTo("1000");
        assertThat(Long.parseLong(r.get("submissions"))).isPositive();
        for (String key : List.of("search_p95_ms", "search_naive_p95_ms", "server_p95_ms",
                "list_first_page_ms")) {
            assertThat(Double.parseDouble(r.get(key))).as(key).isPositive();
        }
        assertThat(r.get("server_lost_updates")).isEqualTo("0");
        for (String key : Benchmark.NOT_BUILT) {
            assertThat(r.get(key)).as(key).isEqualTo("null");
        }
        if ("null".equals(r.get("startup_ms"))) {
            assertThat(r.get("startup_note")).isNotEqualTo("null").isNotNull();
        } else {
            assertThat(Double.parseDouble(r.get("startup_ms"))).isPositive();
        }
        if (!java.nio.file.Files.exists(java.nio.file.Paths.get("/opt/warmline/bin/warmline"))) {
            assertThat(r.get("startup_installed_ms")).isEqualTo("null");
            assertThat(r.get("startup_installed_note")).isNotNull().isNotEqualTo("null");
        }
        assertThat(Files.readString(dir.resolve("results.md")))
                .contains("| search_p95_ms |", "| server_lost_updates | 0 |");
    }

    /** A flat JSON object as raw value texts (strings keep their quotes). */
    private static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }
}
