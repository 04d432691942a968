package org.warmline.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Test
    void explicitDirectoryWinsOverEnvironment() {
        assertThat(DataDirectory.resolve(Path.of("/tmp/x"), Map.of("WARMLINE_HOME", "/tmp/y"),
                "Linux", "/home/ana")).isEqualTo(Path.of("/tmp/x"));
        assertThat(DataDirectory.resolve(null, Map.of("WARMLINE_HOME", "/tmp/y"), "Linux",
                "/home/ana")).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void perUserDefaultsFollowEachPlatform() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/warmline"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/data/warmline"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Warmline"));
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"),
                "Windows 11", "C:/Users/ana")).isEqualTo(Path.of("C:/Users/ana/AppData/Local", "Warmline"));
    }

    @Test
    void settingsSurviveARestart(@TempDir Path dir) {
        Settings s = new Settings(dir);
        assertThat(s.get(Settings.THEME)).isEqualTo("light");
        s.set(Settings.THEME, "dark");
        s.save();
        assertThat(new Settings(dir).get(Settings.THEME)).isEqualTo("dark");
    }
}
