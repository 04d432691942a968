package org.warmline.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.warmline.platform.db.Database;
import org.warmline.server.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warmline backup}: an online copy of the laptop's or (with --server) the office database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the database while people keep working (online backup).",
                "With --server, the office database is copied on the server machine into --to."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Mixin
    OfficeLogin login;
    @Option(names = "--to", required = true, paramLabel = "BACKUPDIR",
            description = "Folder that receives the copy (on the server machine with --server)")
    Path to;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = login.serverGiven() ? login.open() : data.open(false)) {
            Path copy = new BackupService(db, Clock.systemUTC()).backup(to);
            spec.commandLine().getOut().println("backup=" + copy);
            return 0;
        } catch (RuntimeException e) {
            throw OfficeLogin.refusal(e);
        }
    }
}
