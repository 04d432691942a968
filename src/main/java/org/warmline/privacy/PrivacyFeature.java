package org.warmline.privacy;

import java.time.Clock;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;

/** Wires the privacy services of one session: consent, erasure and retention, access export, audit. */
public final class PrivacyFeature {
    private final PrivacyService privacy;
    private final ErasureService erasure;
    private final AccessExportService accessExport;
    private final AuditTrail auditTrail;

    public PrivacyFeature(Database db, SearchIndex index, Messages msg, Session session,
                          AppEvents events, Clock clock) {
        AuditLog audit = new AuditLog();
        this.privacy = new PrivacyService(db, audit, session, events, clock);
        this.erasure = new ErasureService(db, index, audit, session, events, clock);
        this.accessExport = new AccessExportService(db, audit, msg, session, clock);
        this.auditTrail = new AuditTrail(db, audit, msg, session, clock);
    }

    public PrivacyService privacy() {
        return privacy;
    }

    /** Erasure, retention purge and the erasure register (see {@link ErasureService#reapplyRegister()}). */
    public ErasureService erasure() {
        return erasure;
    }

    public AccessExportService accessExport() {
        return accessExport;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }
}
