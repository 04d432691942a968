package org.warmline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warmline.app.AppContext;
import org.warmline.importing.DuplicatePolicy;
import org.warmline.importing.ImportFileException;
import org.warmline.importing.ImportProgress;
import org.warmline.importing.ImportRequest;
import org.warmline.importing.ImportResult;
import org.warmline.importing.ImportType;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code warmline import}: candidates or contacts from a .csv or .xlsx file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import candidates or employer contacts from a .csv or .xlsx file "
                + "(LinkedIn's Connections.csv too).",
                "Prints imported=N skipped=M duplicates=D; rows that could not be imported are "
                        + "listed in FILE.errors.csv next to the file."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Parameters(index = "0", paramLabel = "FILE", description = "The .csv or .xlsx file")
    Path file;
    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "candidates",
            description = "candidates or contacts (default: ${DEFAULT-VALUE})")
    String type;
    @Option(names = "--dry-run", description = "Check and count the rows, write nothing")
    boolean dryRun;
    @Option(names = "--as", paramLabel = "LOGIN",
            description = "Recruiter the import is attributed to (default: the one signed in "
                    + "last in this data directory)")
    String login;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportType kind = type();
        try (Database db = data.open(true)) {
            Messages msg = new Messages(Locale.getDefault());
            AppContext ctx = new AppContext(db, new Session(recruiter(db), "command line"),
                    AppEvents.direct(), Clock.systemDefaultZone());
            ImportResult r;
            try {
                r = ctx.imports().run(new ImportRequest(file, kind, null, DuplicatePolicy.SKIP,
                        dryRun), ImportProgress.NONE);
            } catch (ImportFileException e) {
                throw new UserError(file.getFileName() + ": " + msg.get(e.key(), e.args()));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.summary());
            out.flush();
            if (r.errorReport() != null) {
                spec.commandLine().getErr().println("rows not imported are listed in "
                        + r.errorReport());
            }
            if (dryRun) {
                spec.commandLine().getErr().println("dry run: nothing was written");
            }
            return 0;
        }
    }

    private ImportType type() {
        try {
            return ImportType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--type must be candidates or contacts, not '" + type + "'");
        }
    }

    /** --as, else who signed in last here, else the only recruiter, else the system user. */
    private Recruiter recruiter(Database db) {
        RecruiterService recruiters = new RecruiterService(db);
        if (login != null) {
            return recruiters.findByLogin(login)
                    .orElseThrow(() -> new UserError("no recruiter with login " + login));
        }
        String remembered = new Settings(data.resolve()).get(Settings.RECRUITER_LOGIN);
        if (!remembered.isBlank()) {
            var found = recruiters.findByLogin(remembered);
            if (found.isPresent()) {
                return found.get();
            }
        }
        List<Recruiter> all = recruiters.list();
        if (all.size() == 1) {
            return all.get(0);
        }
        if (!all.isEmpty()) {
            throw new UserError("several recruiters share this database: say who imports "
                    + "with --as LOGIN");
        }
        String user = System.getProperty("user.name", "warmline")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        return recruiters.ensure(user.isEmpty() ? "warmline" : user, System.getProperty(
                "user.name", "Warmline"));
    }
}
