package org.warmline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.RecruiterService;
import org.warmline.report.ExportProgress;
import org.warmline.report.ExportResult;
import org.warmline.report.ReportDefinition;
import org.warmline.report.ReportParameters;
import org.warmline.report.ReportService;
import org.warmline.report.SheetCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warmline export}: writes one report as an .xlsx workbook (usable from cron). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a report as an Excel workbook; print its path and the rows per sheet.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Option(names = "--report", required = true, paramLabel = "ID",
            description = "Report id (see the reports command)")
    String reportId;
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Output file")
    Path out;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive)")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive)")
    LocalDate to;
    @Option(names = "--recruiter", paramLabel = "NAME",
            description = "Only this recruiter (display name or login)")
    String recruiter;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserError("--to is before --from");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError("--out must name an .xlsx file");
        }
        Path dir = data.resolve();
        try (Database db = data.open(false)) {
            RecruiterService recruiters = new RecruiterService(db);
            Clock clock = Clock.systemDefaultZone();
            ReportService reports = new ReportService(db, recruiters,
                    new Messages(Locale.getDefault()), dir.resolve("reports"), clock);
            ReportDefinition report = reports.catalog().find(reportId)
                    .orElseThrow(() -> new UserError("no report \"" + reportId
                            + "\" (see: warmline reports)"));
            ReportParameters params = new ReportParameters(from, to, recruiterId(recruiters), null);
            ExportResult result = reports.export(report, params, out, ExportProgress.NONE);
            print(result);
            return 0;
        }
    }

    private RecruiterId recruiterId(RecruiterService recruiters) {
        if (recruiter == null) {
            return null;
        }
        return recruiters.list().stream()
                .filter(r -> r.displayName().equalsIgnoreCase(recruiter.strip())
                        || r.login().equalsIgnoreCase(recruiter.strip()))
                .map(Recruiter::id).findFirst()
                .orElseThrow(() -> new UserError("no recruiter \"" + recruiter + "\""));
    }

    private void print(ExportResult result) {
        PrintWriter w = spec.commandLine().getOut();
        w.println(result.file().toAbsolutePath());
        for (SheetCount sheet : result.sheets()) {
            w.println(sheet.sheet() + "\t" + sheet.rows());
        }
        w.flush();
    }
}
