package org.warmline.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.excel.ColumnSpec;
import org.warmline.platform.excel.SheetWriter;
import org.warmline.platform.excel.XlsxWriter;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;

/**
 * The right of access: an .xlsx with everything Warmline holds about one person (details,
 * consents, submissions, stage moves, closures, employer feedback verbatim, the candidate's
 * own feedback, placements, activity log, nurture steps, audit entries), one sheet per kind.
 */
public final class AccessExportService {
    private final Database db;
    private final AuditLog audit;
    private final Messages msg;
    private final Session session;
    private final Clock clock;
    private final ExportRepository export = new ExportRepository();

    public AccessExportService(Database db, AuditLog audit, Messages msg, Session session,
                               Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the access export of a candidate to {@code target} (replacing it; no partial file
     * on failure) and records who produced it in the audit log; returns the rows written.
     * Throws NotFoundException when there is no such candidate.
     */
    public int export(CandidateId id, Path target) {
        Instant now = clock.instant();
        List<List<List<Object>>> data = db.read(tx -> {
            List<List<List<Object>>> sheets = new ArrayList<>();
            for (ExportRepository.Sheet sheet : ExportRepository.SHEETS) {
                sheets.add(export.rows(tx, sheet, id));
            }
            if (sheets.get(0).isEmpty()) {
                throw new NotFoundException(PrivacyService.SUBJECT, id.value());
            }
            return sheets;
        });
        int rows;
        try {
            rows = write(id, target, now, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.inTransaction(tx -> {
            audit.record(tx, now, session.recruiter().login(), "ACCESS_EXPORT",
                    PrivacyService.SUBJECT, id.value(), target.getFileName().toString());
            return null;
        });
        return rows;
    }

    private int write(CandidateId id, Path target, Instant now, List<List<List<Object>>> data)
            throws IOException {
        int rows = 0;
        try (XlsxWriter xlsx = XlsxWriter.create(target)) {
            for (int i = 0; i < ExportRepository.SHEETS.size(); i++) {
                ExportRepository.Sheet sheet = ExportRepository.SHEETS.get(i);
                List<ColumnSpec> columns = sheet.columns().stream()
                        .map(c -> new ColumnSpec(msg.get("privacy.export.col." + c.name()),
                                c.format())).toList();
                SheetWriter out = xlsx.sheet(msg.get("privacy.export.sheet." + sheet.key()),
                        columns);
                data.get(i).forEach(out::row);
                out.finish();
                rows += out.rows();
            }
            xlsx.cover(msg.get("privacy.export.title", id.value()), List.of(
                    Map.entry(msg.get("privacy.export.generated"), now.toString()),
                    Map.entry(msg.get("privacy.export.by"), session.recruiter().displayName()),
                    Map.entry(msg.get("privacy.export.database"), Objects.toString(session.where(), ""))));
            xlsx.commit();
        }
        return rows;
    }
}
