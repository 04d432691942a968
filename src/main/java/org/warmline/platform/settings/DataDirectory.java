package org.warmline.platform.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Warmline keeps its data: {@code --data-dir}, else {@code WARMLINE_HOME}, else the
 * per-user data directory of the operating system. Never the install directory.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** Resolves the data directory; {@code explicit} (from --data-dir) wins when not null. */
    public static Path resolve(Path explicit, Map<String, String> env, String osName,
                               String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String home = env.get("WARMLINE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Warmline")
                    : Path.of(userHome, "AppData", "Local", "Warmline");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Warmline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("warmline");
    }

    /** Resolves against this process's environment. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** The embedded database inside a data directory. */
    public static Path database(Path dataDir) {
        return dataDir.resolve("db");
    }
}
