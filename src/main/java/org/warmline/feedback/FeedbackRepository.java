package org.warmline.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;
import org.warmline.submission.SubmissionId;

/**
 * SQL for EMPLOYER_FEEDBACK and FEEDBACK_REMINDER; reads SUBMISSION_CLOSURE (owned by the
 * submission feature) only. A rejection is a submission whose current stage has outcome
 * REJECTED and that has a live closure (undone_at IS NULL).
 */
final class FeedbackRepository {
    private static final String COLUMNS = """
            SELECT s.id AS submission_id, s.candidate_id, c.first_name, c.last_name, s.job_id,
                   j.title, j.employer_id, e.name AS employer_name, j.owner_id AS job_owner,
                   c.owner_id AS candidate_owner,
                   cl.id AS closure_id, cl.closed_at, cl.ended_by, cl.not_about_candidate,
                   rr.name AS reason_name, fs.name AS from_stage_name,
                   f.id AS feedback_id, f.kind, f.state, f.requested_at, f.requested_via,
                   f.requested_contact_id, f.reminders, f.last_reminded_at, f.received_at,
                   f.received_contact_id, f.verbatim_text, f.candidate_text, f.guard_overridden,
                   f.guard_override_note, f.relayed_at, f.relayed_via,
                   rb.display_name AS relayed_by_name, f.relayed_text, f.no_reply_at, f.version
            """;
    private static final String NAMES = """
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
            """;
    private static final String REJECTIONS = COLUMNS + """
              FROM submission s
              JOIN stage st ON st.id = s.stage_id AND st.outcome = 'REJECTED'
              JOIN submission_closure cl ON cl.submission_id = s.id AND cl.undone_at IS NULL
                                        AND cl.outcome = 'REJECTED'
              JOIN rejection_reason rr ON rr.id = cl.reason_id
              JOIN stage fs ON fs.id = cl.from_stage_id
            """ + NAMES + """
              LEFT JOIN employer_feedback f ON f.closure_id = cl.id AND f.kind = 'REJECTION'
              LEFT JOIN recruiter rb ON rb.id = f.relayed_by
            """;
    private static final String FEEDBACK = COLUMNS + """
              FROM employer_feedback f
              JOIN submission s ON s.id = f.submission_id
            """ + NAMES + """
              LEFT JOIN submission_closure cl ON cl.id = f.closure_id
              LEFT JOIN rejection_reason rr ON rr.id = cl.reason_id
              LEFT JOIN stage fs ON fs.id = cl.from_stage_id
              LEFT JOIN recruiter rb ON rb.id = f.relayed_by
            """;
    private static final String REJECTION_OF_SUBMISSION = REJECTIONS + " WHERE s.id = ?";
    private static final String REJECTIONS_OF_CANDIDATE = REJECTIONS
            + " WHERE s.candidate_id = ? ORDER BY cl.closed_at DESC, cl.id DESC";
    private static final String UNREQUESTED = REJECTIONS
            + " WHERE f.id IS NULL AND cl.closed_at >= ? ORDER BY cl.closed_at, cl.id";
    private static final String BY_ID = FEEDBACK + " WHERE f.id = ?";
    private static final String OPEN = FEEDBACK
            + " WHERE f.state IN ('REQUESTED', 'REMINDED', 'RECEIVED') ORDER BY f.id";
    private static final String INTERVIEWS_OF_CANDIDATE = FEEDBACK
            + " WHERE s.candidate_id = ? AND f.kind = 'INTERVIEW' ORDER BY f.requested_at DESC";
    private static final String INSERT_REQUESTED = """
            INSERT INTO employer_feedback (submission_id, closure_id, kind, state, requested_at,
                   requested_via, requested_contact_id, requested_by, created_at, updated_at)
            VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)""";
    private static final String REMIND = """
            UPDATE employer_feedback
               SET state = 'REMINDED', reminders = reminders + 1, last_reminded_at = ?,
                   updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String INSERT_REMINDER = """
            INSERT INTO feedback_reminder (feedback_id, reminded_at, via, reminded_by)
            VALUES (?, ?, ?, ?)""";
    private static final String REMINDERS = """
            SELECT fr.reminded_at, fr.via, r.display_name
              FROM feedback_reminder fr
              LEFT JOIN recruiter r ON r.id = fr.reminded_by
             WHERE fr.feedback_id = ?
             ORDER BY fr.reminded_at, fr.id""";
    private static final String RECEIVE = """
            UPDATE employer_feedback
               SET state = 'RECEIVED', received_at = ?, received_contact_id = ?,
                   verbatim_text = ?, no_reply_at = NULL, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String SAVE_TEXT = """
            UPDATE employer_feedback
               SET candidate_text = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String RELAY = """
            UPDATE employer_feedback
               SET state = 'RELAYED', candidate_text = ?, relayed_text = ?, relayed_at = ?,
                   relayed_via = ?, relayed_by = ?, guard_overridden = ?,
                   guard_override_note = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String NO_REPLY = """
            UPDATE employer_feedback
               SET state = 'NO_REPLY', no_reply_at = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String CONTACTS = """
            SELECT ct.id, ct.first_name, ct.last_name, ct.role
              FROM submission s
              JOIN job j ON j.id = s.job_id
              JOIN contact ct ON ct.employer_id = j.employer_id
             WHERE s.id = ?
             ORDER BY ct.last_name, ct.first_name, ct.id""";
    private static final String SUBMISSION_EXISTS = "SELECT COUNT(*) FROM submission WHERE id = ?";

    /** A rejection with its feedback, and who owns its job and candidate (for work lists). */
    record Row(EmployerFeedback feedback, Long jobOwner, Long candidateOwner) {
        boolean ownedBy(RecruiterId r) {
            return r == null || (jobOwner != null ? jobOwner == r.value()
                    : candidateOwner != null && candidateOwner == r.value());
        }
    }

    Optional<EmployerFeedback> rejectionOf(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryOne(REJECTION_OF_SUBMISSION, st -> st.setLong(1, id.value()),
                rs -> map(rs).feedback());
    }

    List<EmployerFeedback> rejectionsOf(Tx tx, CandidateId id) throws SQLException {
        return tx.query(REJECTIONS_OF_CANDIDATE, st -> st.setLong(1, id.value()),
                rs -> map(rs).feedback());
    }

    List<EmployerFeedback> interviewsOf(Tx tx, CandidateId id) throws SQLException {
        return tx.query(INTERVIEWS_OF_CANDIDATE, st -> st.setLong(1, id.value()),
                rs -> map(rs).feedback());
    }

    /** Rejections since {@code since} whose feedback was never requested. */
    List<Row> unrequested(Tx tx, java.time.Instant since) throws SQLException {
        return tx.query(UNREQUESTED, st -> SqlTypes.setInstant(st, 1, since),
                FeedbackRepository::map);
    }

    List<Row> open(Tx tx) throws SQLException {
        return tx.query(OPEN, st -> { }, FeedbackRepository::map);
    }

    Optional<EmployerFeedback> find(Tx tx, FeedbackId id) throws SQLException {
        return tx.queryOne(BY_ID, st -> st.setLong(1, id.value()), rs -> map(rs).feedback());
    }

    boolean submissionExists(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryLong(SUBMISSION_EXISTS, st -> st.setLong(1, id.value())) == 1;
    }

    FeedbackId insertRequested(Tx tx, SubmissionId submission, Long closureId, FeedbackKind kind,
                               Instant at, Channel via, ContactId contact, RecruiterId by,
                               Instant now) throws SQLException {
        return new FeedbackId(tx.insert(INSERT_REQUESTED, st -> {
            st.setLong(1, submission.value());
            SqlTypes.setLong(st, 2, closureId);
            st.setString(3, kind.name());
            SqlTypes.setInstant(st, 4, at);
            st.setString(5, via.name());
            st.setLong(6, contact.value());
            SqlTypes.setLong(st, 7, by == null ? null : by.value());
            SqlTypes.setInstant(st, 8, now);
            SqlTypes.setInstant(st, 9, now);
        }));
    }

    void remind(Tx tx, FeedbackId id, int version, Instant at, Channel via, RecruiterId by,
                Instant now) throws SQLException {
        tx.updateVersioned("employer_feedback", id.value(), REMIND, st -> {
            SqlTypes.setInstant(st, 1, at);
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, id.value());
            st.setInt(4, version);
        });
        tx.insert(INSERT_REMINDER, st -> {
            st.setLong(1, id.value());
            SqlTypes.setInstant(st, 2, at);
            st.setString(3, via.name());
            SqlTypes.setLong(st, 4, by == null ? null : by.value());
        });
    }

    List<Reminder> reminders(Tx tx, FeedbackId id) throws SQLException {
        return tx.query(REMINDERS, st -> st.setLong(1, id.value()),
                rs -> new Reminder(SqlTypes.getInstant(rs, "reminded_at"),
                        Channel.valueOf(rs.getString("via")), rs.getString("display_name")));
    }

    void receive(Tx tx, FeedbackId id, int version, Instant at, ContactId from, String verbatim,
                 Instant now) throws SQLException {
        tx.updateVersioned("employer_feedback", id.value(), RECEIVE, st -> {
            SqlTypes.setInstant(st, 1, at);
            st.setLong(2, from.value());
            st.setString(3, verbatim);
            SqlTypes.setInstant(st, 4, now);
            st.setLong(5, id.value());
            st.setInt(6, version);
        });
    }

    void saveCandidateText(Tx tx, FeedbackId id, int version, String text, Instant now)
            throws SQLException {
        tx.updateVersioned("employer_feedback", id.value(), SAVE_TEXT, st -> {
            SqlTypes.setString(st, 1, text);
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, id.value());
            st.setInt(4, version);
        });
    }

    void relay(Tx tx, FeedbackId id, int version, String text, Channel via, RecruiterId by,
               String overrideNote, Instant now) throws SQLException {
        tx.updateVersioned("employer_feedback", id.value(), RELAY, st -> {
            st.setString(1, text);
            st.setString(2, text);
            SqlTypes.setInstant(st, 3, now);
            st.setString(4, via.name());
            SqlTypes.setLong(st, 5, by == null ? null : by.value());
            st.setBoolean(6, overrideNote != null);
            SqlTypes.setString(st, 7, overrideNote);
            SqlTypes.setInstant(st, 8, now);
            st.setLong(9, id.value());
            st.setInt(10, version);
        });
    }

    void markNoReply(Tx tx, FeedbackId id, int version, Instant at, Instant now)
            throws SQLException {
        tx.updateVersioned("employer_feedback", id.value(), NO_REPLY, st -> {
            SqlTypes.setInstant(st, 1, at);
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, id.value());
            st.setInt(4, version);
        });
    }

    List<ContactOption> contactsFor(Tx tx, SubmissionId id) throws SQLException {
        return tx.query(CONTACTS, st -> st.setLong(1, id.value()),
                rs -> new ContactOption(new ContactId(rs.getLong("id")),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getString("role")));
    }

    private static Row map(ResultSet rs) throws SQLException {
        FeedbackSubject subject = new FeedbackSubject(
                new SubmissionId(rs.getLong("submission_id")),
                new CandidateId(rs.getLong("candidate_id")),
                rs.getString("first_name") + " " + rs.getString("last_name"),
                new JobId(rs.getLong("job_id")), rs.getString("title"),
                new EmployerId(rs.getLong("employer_id")), rs.getString("employer_name"));
        Long closure = SqlTypes.getLong(rs, "closure_id");
        Rejection rejection = closure == null ? null : new Rejection(closure,
                SqlTypes.getInstant(rs, "closed_at"), rs.getString("ended_by"),
                rs.getString("reason_name"), rs.getBoolean("not_about_candidate"),
                rs.getString("from_stage_name"));
        Long id = SqlTypes.getLong(rs, "feedback_id");
        EmployerFeedback feedback = id == null
                ? new EmployerFeedback(null, FeedbackKind.REJECTION, FeedbackState.NOT_REQUESTED,
                        subject, rejection, null, null, null, 0, null, null, null, null, null,
                        false, null, null, null, null, null, null, -1)
                : mapFeedback(rs, new FeedbackId(id), subject, rejection);
        return new Row(feedback, SqlTypes.getLong(rs, "job_owner"),
                SqlTypes.getLong(rs, "candidate_owner"));
    }

    private static EmployerFeedback mapFeedback(ResultSet rs, FeedbackId id,
                                                FeedbackSubject subject, Rejection rejection)
            throws SQLException {
        Long requestedContact = SqlTypes.getLong(rs, "requested_contact_id");
        Long receivedContact = SqlTypes.getLong(rs, "received_contact_id");
        return new EmployerFeedback(id, FeedbackKind.valueOf(rs.getString("kind")),
                FeedbackState.valueOf(rs.getString("state")), subject, rejection,
                SqlTypes.getInstant(rs, "requested_at"), channel(rs, "requested_via"),
                requestedContact == null ? null : new ContactId(requestedContact),
                rs.getInt("reminders"), SqlTypes.getInstant(rs, "last_reminded_at"),
                SqlTypes.getInstant(rs, "received_at"),
                receivedContact == null ? null : new ContactId(receivedContact),
                rs.getString("verbatim_text"), rs.getString("candidate_text"),
                rs.getBoolean("guard_overridden"), rs.getString("guard_override_note"),
                SqlTypes.getInstant(rs, "relayed_at"), channel(rs, "relayed_via"),
                rs.getString("relayed_by_name"), rs.getString("relayed_text"),
                SqlTypes.getInstant(rs, "no_reply_at"), rs.getInt("version"));
    }

    private static Channel channel(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Channel.valueOf(v);
    }
}
