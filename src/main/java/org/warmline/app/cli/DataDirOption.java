package org.warmline.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.warmline.platform.db.Database;
import org.warmline.platform.settings.DataDirectory;
import picocli.CommandLine.Option;

/** The shared {@code --data-dir} option and how commands open the embedded database. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: WARMLINE_HOME or the per-user data directory)")
    Path dataDir;

    /** The resolved data directory. */
    public Path resolve() {
        return DataDirectory.resolve(dataDir);
    }

    /** Opens the embedded database of the data directory, creating it when {@code create}. */
    public Database open(boolean create) {
        Path dir = resolve();
        if (!create && !Files.isDirectory(DataDirectory.database(dir))) {
            throw new UserError("no Warmline database in " + dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UserError("cannot create the data directory " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new UserError("the data directory " + dir + " is read-only");
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        }
        return Database.embedded(DataDirectory.database(dir)).migrated();
    }
}
