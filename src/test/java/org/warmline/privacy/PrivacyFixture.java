package org.warmline.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.submission.SubmissionId;

/** The privacy services on a test database, plus candidates registered the way the app does. */
final class PrivacyFixture {
    final FeedbackFixture f;
    final Database db;
    final CandidateService candidates;
    final PrivacyFeature feature;
    final PrivacyService privacy;
    final ErasureService erasure;

    PrivacyFixture(Database db) {
        this.db = db;
        this.f = new FeedbackFixture(db);
        Session session = new Session(f.recruiter, "test database");
        SearchIndex index = new SearchIndex();
        this.candidates = new CandidateService(db, index, session, f.events, f.clock);
        this.feature = new PrivacyFeature(db, index, new Messages(Locale.ENGLISH), session,
                f.events, f.clock);
        this.privacy = feature.privacy();
        this.erasure = feature.erasure();
    }

    /** Registers a candidate through the candidate service (search index, normal forms). */
    CandidateId person(String first, String last, String email, String phone, String linkedIn) {
        Candidate draft = candidates.newDraft();
        Candidate c = new Candidate(null, first, last, email, null, phone, "12 Rue des Lilas, Lyon",
                linkedIn, "Data analyst", List.of("SQL", "Python"), "Referral", draft.ownerId(),
                draft.status(), "Met at a meetup; prefers remote work.", null, null, 0);
        return candidates.register(c).id();
    }

    void activity(CandidateId c, Long submission, Instant at, String summary, String details) {
        db.inTransaction(tx -> tx.insert("""
                INSERT INTO activity (kind, occurred_at, recruiter_id, candidate_id,
                                      submission_id, summary, details)
                VALUES ('CALL', ?, ?, ?, ?, ?, ?)""", st -> {
            SqlTypes.setInstant(st, 1, at);
            st.setLong(2, f.recruiter.id().value());
            st.setLong(3, c.value());
            SqlTypes.setLong(st, 4, submission);
            st.setString(5, summary);
            st.setString(6, details);
        }));
    }

    void touch(CandidateId c, Instant updatedAt) {
        db.inTransaction(tx -> tx.update("UPDATE candidate SET updated_at = ? WHERE id = ?",
                st -> {
                    SqlTypes.setInstant(st, 1, updatedAt);
                    st.setLong(2, c.value());
                }));
    }

    void stageNote(SubmissionId s, long toStage, Instant at, String note) {
        db.inTransaction(tx -> tx.insert("""
                INSERT INTO submission_stage_history (submission_id, to_stage_id, changed_at, note)
                VALUES (?, ?, ?, ?)""", st -> {
            st.setLong(1, s.value());
            st.setLong(2, toStage);
            SqlTypes.setInstant(st, 3, at);
            st.setString(4, note);
        }));
    }

    String text(String sql, long id) {
        return db.read(tx -> tx.queryOne(sql, st -> st.setLong(1, id), rs -> rs.getString(1)))
                .orElse(null);
    }

    long count(String sql) {
        return db.read(tx -> tx.queryLong(sql, Binder.NONE));
    }

    List<String> auditActions(CandidateId c) {
        return db.read(tx -> tx.query("""
                SELECT action FROM audit_log WHERE subject_kind = 'candidate' AND subject_id = ?
                 ORDER BY id""", st -> st.setLong(1, c.value()), rs -> rs.getString(1)));
    }

    Instant contactStop(CandidateId c) {
        return db.read(tx -> tx.queryOne("SELECT consent_withdrawn_at FROM candidate WHERE id = ?",
                st -> st.setLong(1, c.value()), rs -> SqlTypes.getInstant(rs, "consent_withdrawn_at")))
                .orElse(null);
    }
}
