package org.warmline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.action.ActionId;

/** Every text the code asks for exists, and every translation has the same keys. */
class BundleTest {
    private static final Pattern LITERAL_KEY =
            Pattern.compile("msg\\.get\\(\\s*\"([A-Za-z0-9_.]+)\"");

    @Test
    void everyLiteralKeyInTheCodeIsDefined() throws IOException {
        Messages msg = new Messages(Locale.ROOT);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher m = LITERAL_KEY.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !msg.has(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyActionHasAName() {
        Messages msg = new Messages(Locale.ROOT);
        for (ActionId id : ActionId.values()) {
            assertThat(msg.has("action." + id.name() + ".name")).as(id.name()).isTrue();
        }
    }

    @Test
    void translationsHaveTheSameKeysAsTheDefault() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/warmline"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.getFileName().toString()
                    .matches("[a-z]+_[a-zA-Z_]+\\.properties"))::iterator) {
                String base = file.getFileName().toString().replaceFirst("_.*", ".properties");
                Set<String> expected = keys(file.resolveSibling(base));
                Set<String> actual = keys(file);
                if (!expected.equals(actual)) {
                    problems.add(file + " differs from " + base);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
