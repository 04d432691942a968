package org.warmline.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.warmline.platform.settings.Settings;
import org.warmline.privacy.RegisterEntry;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.warmline.platform.db.DatabaseInUseException;
import org.warmline.platform.settings.DataDirectory;
import org.warmline.server.OfficeServer;
import org.warmline.server.OfflineRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warmline restore}: replaces the database of a data directory with a backup, offline
 * (Warmline and the server stopped), after a safety backup; checks every table afterwards.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup (stop Warmline or the server first).",
                "A safety backup of the current database is made first, in DIR/backups."})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Option(names = "--from", required = true, paramLabel = "BACKUPDIR",
            description = "The backup (the folder given to backup --to, or the copy inside it)")
    Path from;
    @Option(names = "--yes", description = "Do not ask for confirmation")
    boolean yes;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Office database: file whose first line is admin's password in the backup")
    Path passwordFile;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = data.resolve();
        boolean office = Files.isDirectory(dir.resolve(OfficeServer.DATABASE))
                || Files.exists(dir.resolve("derby.properties"));
        Path database = office ? dir.resolve(OfficeServer.DATABASE) : DataDirectory.database(dir);
        if (!Files.isDirectory(from)) {
            throw new UserError("no such backup folder: " + from);
        }
        confirm(database);
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        }
        OfficeLogin admin = new OfficeLogin();
        admin.passwordFile = passwordFile;
        char[] password = office ? admin.password("Password of admin: ") : null;
        String actor = office ? OfficeServer.OWNER : System.getProperty("user.name", "local");
        try {
            RestoreErasures erasures = new RestoreErasures(database,
                    office ? OfficeServer.OWNER : null, password,
                    office ? OfficeServer.OWNER : new Settings(dir).get(Settings.RECRUITER_LOGIN));
            List<RegisterEntry> register = erasures.before();
            OfflineRestore.Result result = new OfflineRestore(Clock.systemUTC()).restore(database,
                    from, dir.resolve("backups"), office ? OfficeServer.OWNER : null, password, actor);
            int erasedAgain = erasures.after(register);
            PrintWriter out = spec.commandLine().getOut();
            out.println("restored_from=" + result.restoredFrom());
            out.println("safety_backup=" + (result.safetyBackup() == null ? "" : result.safetyBackup()));
            out.println("checked_tables=" + result.checkedTables().size());
            out.println("erased_again=" + erasedAgain);
            return 0;
        } catch (DatabaseInUseException e) {
            throw new UserError("the database is in use: stop Warmline or the server first");
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (RuntimeException e) {
            throw OfficeLogin.refusal(e);
        }
    }

    private void confirm(Path database) {
        if (yes) {
            return;
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("restore replaces the database in " + database
                    + ": confirm with --yes");
        }
        String answer = console.readLine("Replace the database in %s with the backup %s? [y/N] ",
                database, from);
        if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
            throw new UserError("restore cancelled");
        }
    }
}
