package org.warmline.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;

/** Inserts the records activities refer to with plain SQL, and wires the activity service. */
final class TimelineFixture {
    static final Instant NOW = Instant.parse("2025-04-07T14:30:00Z");
    final Database db;
    final AppEvents events = AppEvents.direct();
    final ActivityService activities;
    final Recruiter recruiter;

    TimelineFixture(Database db) {
        this.db = db;
        long id = db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ines', 'Inès Marchal')",
                st -> { }));
        recruiter = new Recruiter(new RecruiterId(id), "ines", "Inès Marchal", null, true, 0);
        activities = new ActivityService(db, new ActivityLog(), new Session(recruiter, "test"),
                events, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    long employer(String name) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO employer (name, sort_name, created_at, updated_at)
                VALUES (?, ?, ?, ?)""", st -> {
            st.setString(1, name);
            st.setString(2, name.toLowerCase());
            SqlTypes.setInstant(st, 3, NOW);
            SqlTypes.setInstant(st, 4, NOW);
        }));
    }

    long contact(long employer, String first, String last) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO contact (employer_id, first_name, last_name, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, employer);
            st.setString(2, first);
            st.setString(3, last);
            SqlTypes.setInstant(st, 4, NOW);
            SqlTypes.setInstant(st, 5, NOW);
        }));
    }

    long job(long employer, String title) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO job (employer_id, title, status, opened_on, created_at, updated_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?)""", st -> {
            st.setLong(1, employer);
            st.setString(2, title);
            SqlTypes.setDate(st, 3, LocalDate.of(2025, 3, 1));
            SqlTypes.setInstant(st, 4, NOW);
            SqlTypes.setInstant(st, 5, NOW);
        }));
    }

    long candidate(String first, String last) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO candidate (first_name, last_name, status, sort_name, created_at,
                                       updated_at)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?)""", st -> {
            st.setString(1, first);
            st.setString(2, last);
            st.setString(3, (last + " " + first).toLowerCase());
            SqlTypes.setInstant(st, 4, NOW);
            SqlTypes.setInstant(st, 5, NOW);
        }));
    }

    long submission(long candidate, long job) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at,
                                        created_at)
                VALUES (?, ?, 2, ?, ?)""", st -> {
            st.setLong(1, candidate);
            st.setLong(2, job);
            SqlTypes.setInstant(st, 3, NOW);
            SqlTypes.setInstant(st, 4, NOW);
        }));
    }
}
