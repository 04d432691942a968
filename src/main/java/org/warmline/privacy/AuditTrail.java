package org.warmline.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.excel.CellFormat;
import org.warmline.platform.excel.ColumnSpec;
import org.warmline.platform.excel.SheetWriter;
import org.warmline.platform.excel.XlsxWriter;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;

/** Reads the audit log for the Audit log screen and exports it to .xlsx (an audited act itself). */
public final class AuditTrail {
    /** The most entries the screen and the export show. */
    public static final int LIMIT = 10_000;
    private final Database db;
    private final AuditLog audit;
    private final Messages msg;
    private final Session session;
    private final Clock clock;

    public AuditTrail(Database db, AuditLog audit, Messages msg, Session session, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The newest entries, newest first (at most {@link #LIMIT}). */
    public List<AuditLog.Entry> recent() {
        return db.read(tx -> audit.recent(tx, LIMIT));
    }

    /** Writes the newest entries to {@code target} and records the export; returns the rows. */
    public int export(Path target) {
        List<AuditLog.Entry> entries = recent();
        try (XlsxWriter xlsx = XlsxWriter.create(target)) {
            SheetWriter sheet = xlsx.sheet(msg.get("privacy.audit.sheet"), List.of(
                    new ColumnSpec(msg.get("privacy.audit.col.when"), CellFormat.DATE_TIME),
                    ColumnSpec.text(msg.get("privacy.audit.col.actor")),
                    ColumnSpec.text(msg.get("privacy.audit.col.action")),
                    ColumnSpec.text(msg.get("privacy.audit.col.subjectKind")),
                    new ColumnSpec(msg.get("privacy.audit.col.subjectId"), CellFormat.INTEGER),
                    ColumnSpec.text(msg.get("privacy.audit.col.details"))));
            for (AuditLog.Entry e : entries) {
                sheet.row(e.occurredAt(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                        e.details());
            }
            sheet.finish();
            xlsx.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.inTransaction(tx -> {
            audit.record(tx, clock.instant(), session.recruiter().login(), "AUDIT_EXPORT", null,
                    null, entries.size() + " entries");
            return null;
        });
        return entries.size();
    }
}
