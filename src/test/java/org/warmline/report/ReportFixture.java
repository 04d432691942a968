package org.warmline.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterService;

/**
 * A small hand-built agency whose report figures are known by heart. "Now" is
 * 2026-03-10 12:00. Jobs: Data Engineer at Kestrel Labs (opened 2026-01-01) and Platform Lead
 * at Ødegård &amp; Co (opened 2026-02-01). Submissions: Zoë placed (Maya), 王芳 in Interview 1
 * since 03-01 (Maya, stalled), a formula-like name in Submitted since 03-08 (Tom), Ben rejected
 * at Interview 1 for salary (Tom, not about him), Cleo rejected at Submitted for skills (Maya).
 */
final class ReportFixture {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0);
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    final Database db;
    final Clock clock = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    final ReportService reports;
    long maya;
    long tom;
    long kestrel;
    long odegard;
    long dataEngineer;
    long platformLead;
    long ben;

    ReportFixture(Database db) {
        this.db = db;
        this.reports = new ReportService(db, new RecruiterService(db), new Messages(Locale.ROOT),
                null, clock);
        db.inTransaction(tx -> {
            build(tx);
            return null;
        });
    }

    private void build(Tx tx) throws SQLException {
        maya = tx.insert("INSERT INTO recruiter (login, display_name) VALUES ('maya', 'Maya Lind')",
                st -> { });
        tom = tx.insert("INSERT INTO recruiter (login, display_name) VALUES ('tom', 'Tom Reyes')",
                st -> { });
        kestrel = employer(tx, "Kestrel Labs");
        odegard = employer(tx, "Ødegård & Co");
        dataEngineer = job(tx, kestrel, "Data Engineer", LocalDate.of(2026, 1, 1));
        platformLead = job(tx, odegard, "Platform Lead", LocalDate.of(2026, 2, 1));
        long s1 = submission(tx, candidate(tx, "Zoë", "Ødegård"), dataEngineer, maya,
                at(1, 11), at(2, 20), 2, 3, 5, 6);
        tx.update("""
                INSERT INTO placement (submission_id, start_date, salary, fee, currency, created_at)
                VALUES (?, ?, 60000.00, 12000.50, 'GBP', ?)""", st -> {
            st.setLong(1, s1);
            st.setDate(2, Date.valueOf(LocalDate.of(2026, 3, 1)));
            st.setTimestamp(3, Timestamp.valueOf(at(2, 20)));
        });
        submission(tx, candidate(tx, "芳", "王"), dataEngineer, maya, at(1, 21), at(3, 1), 2, 3);
        submission(tx, candidate(tx, FORMULA_NAME, "Doe"), platformLead, tom, at(2, 5), at(3, 8), 2);
        ben = candidate(tx, "Ben", "Okafor");
        long s4 = submission(tx, ben, platformLead, tom, at(2, 3), at(2, 25), 2, 3, 7);
        closure(tx, s4, 3, true, 3, at(2, 25));
        long s5 = submission(tx, candidate(tx, "Cleo", "Marsh"), dataEngineer, maya, at(2, 11),
                at(2, 26), 2, 7);
        closure(tx, s5, 1, false, 2, at(2, 26));
        feedback(tx, s4, "RELAYED", at(2, 26), at(3, 1), at(3, 3));
        feedback(tx, s5, "REQUESTED", at(2, 27), null, null);
    }

    static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }

    ExportResult export(String id, ReportParameters params, Path out) {
        return reports.export(reports.catalog().find(id).orElseThrow(), params, out,
                ExportProgress.NONE);
    }

    static XSSFWorkbook open(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    long employer(Tx tx, String name) throws SQLException {
        return tx.insert("""
                INSERT INTO employer (name, sort_name, created_at, updated_at)
                VALUES (?, ?, ?, ?)""", st -> {
            st.setString(1, name);
            st.setString(2, name.toLowerCase(Locale.ROOT));
            st.setTimestamp(3, Timestamp.valueOf(at(1, 1)));
            st.setTimestamp(4, Timestamp.valueOf(at(1, 1)));
        });
    }

    long job(Tx tx, long employer, String title, LocalDate opened) throws SQLException {
        return tx.insert("""
                INSERT INTO job (employer_id, title, status, opened_on, created_at, updated_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?)""", st -> {
            st.setLong(1, employer);
            st.setString(2, title);
            st.setDate(3, Date.valueOf(opened));
            st.setTimestamp(4, Timestamp.valueOf(opened.atStartOfDay()));
            st.setTimestamp(5, Timestamp.valueOf(opened.atStartOfDay()));
        });
    }

    long candidate(Tx tx, String first, String last) throws SQLException {
        return tx.insert("""
                INSERT INTO candidate (first_name, last_name, status, sort_name, created_at,
                                       updated_at)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?)""", st -> {
            st.setString(1, first);
            st.setString(2, last);
            st.setString(3, (last + " " + first).toLowerCase(Locale.ROOT));
            st.setTimestamp(4, Timestamp.valueOf(at(1, 1)));
            st.setTimestamp(5, Timestamp.valueOf(at(1, 1)));
        });
    }

    /** A submission created at {@code created} that moved through {@code stages}. */
    long submission(Tx tx, long candidate, long job, long by, LocalDateTime created,
                    LocalDateTime lastChange, long... stages) throws SQLException {
        long id = tx.insert("""
                INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at,
                                        created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, candidate);
            st.setLong(2, job);
            st.setLong(3, stages[stages.length - 1]);
            st.setTimestamp(4, Timestamp.valueOf(lastChange));
            st.setTimestamp(5, Timestamp.valueOf(created));
            st.setLong(6, by);
        });
        for (int i = 0; i < stages.length; i++) {
            long to = stages[i];
            LocalDateTime when = i == stages.length - 1 ? lastChange : created.plusDays(i);
            tx.update("""
                    INSERT INTO submission_stage_history (submission_id, to_stage_id, changed_at)
                    VALUES (?, ?, ?)""", st -> {
                st.setLong(1, id);
                st.setLong(2, to);
                st.setTimestamp(3, Timestamp.valueOf(when));
            });
        }
        return id;
    }

    void closure(Tx tx, long submission, long reason, boolean notAbout, long fromStage,
                 LocalDateTime at) throws SQLException {
        tx.update("""
                INSERT INTO submission_closure (submission_id, outcome, ended_by, reason_id,
                       not_about_candidate, from_stage_id, closed_at)
                VALUES (?, 'REJECTED', 'EMPLOYER', ?, ?, ?, ?)""", st -> {
            st.setLong(1, submission);
            st.setLong(2, reason);
            st.setBoolean(3, notAbout);
            st.setLong(4, fromStage);
            st.setTimestamp(5, Timestamp.valueOf(at));
        });
    }

    private void feedback(Tx tx, long submission, String state, LocalDateTime requested,
                          LocalDateTime received, LocalDateTime relayed) throws SQLException {
        tx.update("""
                INSERT INTO employer_feedback (submission_id, kind, state, requested_at,
                       received_at, relayed_at, created_at, updated_at)
                VALUES (?, 'REJECTION', ?, ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, submission);
            st.setString(2, state);
            st.setTimestamp(3, Timestamp.valueOf(requested));
            st.setTimestamp(4, received == null ? null : Timestamp.valueOf(received));
            st.setTimestamp(5, relayed == null ? null : Timestamp.valueOf(relayed));
            st.setTimestamp(6, Timestamp.valueOf(requested));
            st.setTimestamp(7, Timestamp.valueOf(requested));
        });
    }
}
