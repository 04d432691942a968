package org.warmline.app;

import java.io.PrintWriter;
import org.warmline.app.cli.DemoCommand;
import org.warmline.app.cli.ExportCommand;
import org.warmline.app.cli.ImportCommand;
import org.warmline.app.cli.InfoCommand;
import org.warmline.app.cli.PrivacyCommand;
import org.warmline.app.cli.ReportsCommand;
import org.warmline.app.cli.LettersCommand;
import org.warmline.app.cli.TodayCommand;
import org.warmline.app.cli.UserError;
import org.warmline.app.cli.WarmlineCommand;
import picocli.CommandLine;

/**
 * Entry point: without a subcommand Warmline opens its window; subcommands serve the command
 * line. Exit codes: 0 success, 1 failure, 2 bad usage; errors are one line on stderr.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        WarmlineCommand.setLauncher(WarmlineApp::launch);
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0 || !WarmlineCommand.guiStarted()) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code (the GUI keeps running after 0). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logging.configure();
        CommandLine cli = new CommandLine(new WarmlineCommand())
                .addSubcommand(new InfoCommand())
                .addSubcommand(new DemoCommand())
                .addSubcommand(new PrivacyCommand())
                .addSubcommand(new org.warmline.app.cli.ServerCommand())
                .addSubcommand(new org.warmline.app.cli.UserCommand())
                .addSubcommand(new org.warmline.app.cli.BackupCommand())
                .addSubcommand(new org.warmline.app.cli.RestoreCommand())
                .addSubcommand(new ReportsCommand())
                .addSubcommand(new ExportCommand())
                .addSubcommand(new TodayCommand())
                .addSubcommand(new LettersCommand())
                .addSubcommand(new ImportCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("warmline: " + UserError.explain(e));
            if (!(e instanceof UserError)) {
                java.util.logging.Logger.getLogger(Main.class.getName())
                        .log(java.util.logging.Level.FINE, "command failed", e);
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("warmline: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'warmline "
                    + (e.getCommandLine().getCommandName().equals("warmline") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return 2;
        });
        return cli.execute(args);
    }
}
