package org.warmline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.warmline.app.AppContext;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.settings.Settings;
import org.warmline.privacy.PrivacyFeature;
import org.warmline.privacy.PurgeResult;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warmline privacy}: retention purge, access export, erasure and re-applying the erasure
 * register from the command line. Every action is written to the audit log under the login of
 * the recruiter signed in on that data directory (or {@code --as}).
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Retention purge, access export and erasure of candidates.",
        subcommands = {PrivacyCommand.Purge.class, PrivacyCommand.Export.class,
                PrivacyCommand.Erase.class, PrivacyCommand.Reapply.class})
public final class PrivacyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The data directory and who acts, shared by the subcommands. */
    static final class Target {
        @Mixin
        DataDirOption data;
        @Option(names = "--as", paramLabel = "LOGIN",
                description = "Recruiter login to record in the audit log "
                        + "(default: the one signed in on this data directory)")
        String login;

        <T> T run(Work<T> work) {
            try (Database db = data.open(false)) {
                Session session = new Session(recruiter(db), db.location().describe());
                AppContext ctx = new AppContext(db, session, AppEvents.direct(),
                        Clock.systemDefaultZone());
                return work.run(ctx.privacy(), new Settings(data.resolve()));
            }
        }

        private Recruiter recruiter(Database db) {
            String who = login != null ? login
                    : new Settings(data.resolve()).get(Settings.RECRUITER_LOGIN);
            if (who.isBlank()) {
                throw new UserError("nobody is signed in to " + data.resolve()
                        + "; start Warmline once or pass --as LOGIN");
            }
            return new RecruiterService(db).findByLogin(who)
                    .orElseThrow(() -> new UserError("no recruiter with login " + who));
        }
    }

    /** Work done with the privacy services of a data directory. */
    @FunctionalInterface
    interface Work<T> {
        T run(PrivacyFeature privacy, Settings settings);
    }

    /** {@code privacy purge}: anonymise candidates past the retention policy. */
    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Anonymise candidates with no activity for longer than the retention "
                    + "policy; pipeline figures stay unchanged.")
    static final class Purge implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--dry-run", description = "Only list who would be purged")
        boolean dryRun;
        @Option(names = "--months", paramLabel = "N",
                description = "Retention in months (default: the Retention screen's setting, 24)")
        Integer months;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PurgeResult r = target.run((privacy, settings) -> privacy.erasure().purge(
                    months != null ? months : settings.getInt(Settings.PRIVACY_RETENTION_MONTHS),
                    dryRun));
            List<String> lines = new java.util.ArrayList<>(List.of(
                    (dryRun ? "would_purge=" : "purged=") + r.count(),
                    "cutoff=" + r.cutoff().atZone(ZoneId.systemDefault()).toLocalDate()));
            r.candidates().forEach(c -> lines.add("candidate=" + c.value()));
            return print(spec, lines);
        }
    }

    /** {@code privacy export}: the right of access as an .xlsx workbook. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything held about a candidate to an .xlsx workbook.")
    static final class Export implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--candidate", paramLabel = "ID", required = true,
                description = "Candidate id")
        long candidate;
        @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
                description = "Workbook to write (replaced if it exists)")
        Path out;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw new UserError("--out must name an .xlsx file");
            }
            int rows = target.run((privacy, settings) -> found(candidate,
                    () -> privacy.accessExport().export(new CandidateId(candidate), out)));
            return print(spec, List.of("rows=" + rows, "file=" + out.toAbsolutePath()));
        }
    }

    /** {@code privacy erase}: the right to erasure, with confirmation. */
    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erase a candidate at their request: anonymise them everywhere and "
                    + "keep only hashes of their identifiers so the erasure can be re-applied.")
    static final class Erase implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--candidate", paramLabel = "ID", required = true,
                description = "Candidate id")
        long candidate;
        @Option(names = "--yes", description = "Do not ask for confirmation")
        boolean yes;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!yes && !confirmed()) {
                throw new UserError("erasure not confirmed; nothing was changed (use --yes "
                        + "when there is no terminal)");
            }
            target.run((privacy, settings) -> found(candidate, () -> {
                privacy.erasure().erase(new CandidateId(candidate));
                return null;
            }));
            return print(spec, List.of("erased=" + candidate));
        }

        private boolean confirmed() {
            java.io.Console console = System.console();
            if (console == null) {
                // No terminal to ask on (a script, a pipe): only --yes may confirm.
                return false;
            }
            String answer = console.readLine("Erase candidate #%d? This cannot be undone. "
                    + "Type yes: ", candidate);
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        }
    }

    /** {@code privacy reapply}: erase again anyone in the erasure register (after a restore). */
    @Command(name = "reapply", mixinStandardHelpOptions = true,
            description = "Erase again every candidate whose e-mail, phone or LinkedIn URL is in "
                    + "the erasure register (run after restoring an older backup).")
    static final class Reapply implements Callable<Integer> {
        @Mixin
        Target target;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<CandidateId> again = target.run((privacy, settings) ->
                    privacy.erasure().reapplyRegister());
            return print(spec, List.of("erased_again=" + again.size()));
        }
    }

    /** Prints key=value lines and returns the success exit code. */
    private static int print(CommandSpec spec, List<String> lines) {
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return 0;
    }

    private static <T> T found(long candidate, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFoundException e) {
            throw new UserError("no candidate with id " + candidate);
        }
    }
}
