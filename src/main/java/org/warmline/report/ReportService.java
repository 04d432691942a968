package org.warmline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warmline.platform.db.Database;
import org.warmline.platform.excel.ColumnSpec;
import org.warmline.platform.excel.SheetWriter;
import org.warmline.platform.excel.XlsxWriter;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;

/**
 * Exports reports as Excel workbooks: a cover sheet, then one streamed sheet per sheet of the
 * definition, fed by its query in one read-only transaction. The file appears only when the
 * export completed; a cancelled or failed export leaves nothing behind.
 */
public final class ReportService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Database db;
    private final RecruiterService recruiters;
    private final CoverNames names = new CoverNames();
    private final Messages msg;
    private final Path officeReports;
    private final Clock clock;

    /** {@code officeReports} is the data directory's {@code reports/} folder (may be absent). */
    public ReportService(Database db, RecruiterService recruiters, Messages msg, Path officeReports, Clock clock) {
        this.db = db;
        this.recruiters = recruiters;
        this.msg = msg;
        this.officeReports = officeReports;
        this.clock = clock;
    }

    /** The definitions as they are on disk now, with any that failed to load. */
    public ReportCatalog catalog() {
        return ReportCatalog.load(officeReports);
    }

    /** The folder where an office puts its own definitions. */
    public Path officeReports() {
        return officeReports;
    }

    /**
     * Writes the report to {@code target} and returns the rows per sheet. Throws
     * {@link ExportCancelledException} when {@code progress} asks to stop.
     */
    public ExportResult export(ReportDefinition report, ReportParameters params, Path target,
                               ExportProgress progress) {
        Instant now = clock.instant();
        SheetFiller filler = new SheetFiller(params, now, LocalDate.now(clock),
                msg.get("report.total"), progress);
        try (XlsxWriter xlsx = XlsxWriter.create(target)) {
            List<SheetCount> counts = db.read(tx -> {
                List<SheetCount> done = new ArrayList<>();
                for (SheetDefinition sheet : report.sheets()) {
                    SheetWriter out = xlsx.sheet(sheet.name(), specs(sheet));
                    if (sheet.chart() != null) {
                        out.chart(sheet.chart());
                    }
                    done.add(new SheetCount(sheet.name(), filler.fill(tx, sheet, out)));
                    out.finish();
                }
                return done;
            });
            xlsx.cover(report.title(), cover(report, params, now));
            xlsx.commit();
            return new ExportResult(target, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ColumnSpec> specs(SheetDefinition sheet) {
        return sheet.columns().stream().map(c -> new ColumnSpec(c.header(), c.format())).toList();
    }

    private List<Map.Entry<String, String>> cover(ReportDefinition report, ReportParameters p,
                                                  Instant now) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry(msg.get("report.cover.description"), report.description()));
        if (report.parameters().contains(ReportParameter.DATES)) {
            lines.add(Map.entry(msg.get("report.cover.from"), date(p.from())));
            lines.add(Map.entry(msg.get("report.cover.to"), date(p.to())));
        }
        if (report.parameters().contains(ReportParameter.RECRUITER)) {
            lines.add(Map.entry(msg.get("report.cover.recruiter"), p.recruiter() == null
                    ? msg.get("report.cover.everyone")
                    : recruiters.find(p.recruiter()).map(Recruiter::displayName).orElse("?")));
        }
        if (report.parameters().contains(ReportParameter.EMPLOYER)) {
            lines.add(Map.entry(msg.get("report.cover.employer"), p.employer() == null
                    ? msg.get("report.cover.allEmployers")
                    : db.read(tx -> names.employer(tx, p.employer()))));
        }
        lines.add(Map.entry(msg.get("report.cover.generated"),
                STAMP.format(LocalDateTime.ofInstant(now, clock.getZone()))));
        lines.add(Map.entry(msg.get("report.cover.database"), db.location().describe()));
        lines.add(Map.entry(msg.get("report.cover.definition"), report.source()));
        return lines;
    }

    private String date(LocalDate d) {
        return d == null ? msg.get("report.cover.anyDate") : d.toString();
    }
}
