package org.warmline.nurture;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/** SQL for message templates, the letterhead and what a step's message is merged from. */
final class OutreachRepository {
    private static final String TEMPLATE = """
            SELECT subject, body, version FROM message_template WHERE step_kind = ?""";
    private static final String INSERT_TEMPLATE = """
            INSERT INTO message_template (step_kind, subject, body, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String UPDATE_TEMPLATE = """
            UPDATE message_template SET subject = ?, body = ?, updated_at = ?, updated_by = ?,
                   version = version + 1
             WHERE step_kind = ? AND version = ?""";
    private static final String DELETE_TEMPLATE = """
            DELETE FROM message_template WHERE step_kind = ?""";
    private static final String LETTERHEAD = """
            SELECT agency_name, address, phone, email, website, version
              FROM letterhead WHERE id = 1""";
    private static final String UPDATE_LETTERHEAD = """
            UPDATE letterhead SET agency_name = ?, address = ?, phone = ?, email = ?, website = ?,
                   version = version + 1
             WHERE id = 1 AND version = ?""";
    private static final String SOURCE = """
            SELECT n.id, n.step_kind, n.channel, n.candidate_id, n.due_on, p.submission_id,
                   c.first_name, c.last_name, c.email, c.postal_address, c.linkedin_url,
                   c.status, c.consent_withdrawn_at,
                   COALESCE(oj.id, j.id) AS job_id, COALESCE(oj.title, j.title) AS job_title,
                   COALESCE(oe.id, e.id) AS employer_id, COALESCE(oe.name, e.name) AS employer_name,
                   r.display_name, r.email AS recruiter_email
              FROM nurture_step n
              JOIN nurture_plan p ON p.id = n.plan_id
              JOIN candidate c ON c.id = n.candidate_id
              LEFT JOIN submission s ON s.id = p.submission_id
              LEFT JOIN job j ON j.id = s.job_id
              LEFT JOIN employer e ON e.id = j.employer_id
              LEFT JOIN job oj ON oj.id = n.job_id
              LEFT JOIN employer oe ON oe.id = oj.employer_id
              LEFT JOIN recruiter r ON r.id = n.owner_id
             WHERE n.id = ?""";
    private static final String FEEDBACK_TEXT = """
            SELECT COALESCE(relayed_text, candidate_text) AS text
              FROM employer_feedback
             WHERE submission_id = ? AND kind = 'REJECTION'
             ORDER BY id DESC
             FETCH FIRST 1 ROWS ONLY""";
    private static final String FIRST_CONTACT = """
            SELECT first_name, last_name FROM contact
             WHERE employer_id = ?
             ORDER BY id
             FETCH FIRST 1 ROWS ONLY""";
    private static final String LETTERS_DUE = """
            SELECT n.id FROM nurture_step n
              JOIN candidate c ON c.id = n.candidate_id
             WHERE n.status = 'DUE' AND n.channel = 'LETTER' AND n.due_on <= ?
               AND c.status <> 'DO_NOT_CONTACT' AND c.consent_withdrawn_at IS NULL""";
    private static final String LETTERS_DUE_ALL = LETTERS_DUE + """

             ORDER BY n.due_on, c.sort_name, n.id""";
    private static final String LETTERS_DUE_MINE = LETTERS_DUE + """

               AND n.owner_id = ?
             ORDER BY n.due_on, c.sort_name, n.id""";

    Optional<MessageTemplate> template(Tx tx, StepKind kind) throws SQLException {
        return tx.queryOne(TEMPLATE, st -> st.setString(1, kind.name()), rs -> new MessageTemplate(
                kind, rs.getString("subject"), rs.getString("body"), true, rs.getInt("version")));
    }

    void insertTemplate(Tx tx, StepKind kind, String subject, String body, Instant now,
                        RecruiterId by) throws SQLException {
        tx.insert(INSERT_TEMPLATE, st -> {
            st.setString(1, kind.name());
            st.setString(2, subject);
            st.setString(3, body);
            SqlTypes.setInstant(st, 4, now);
            st.setLong(5, by.value());
        });
    }

    void updateTemplate(Tx tx, StepKind kind, String subject, String body, int version,
                        Instant now, RecruiterId by) throws SQLException {
        tx.updateVersioned("message_template", kind.ordinal(), UPDATE_TEMPLATE, st -> {
            st.setString(1, subject);
            st.setString(2, body);
            SqlTypes.setInstant(st, 3, now);
            st.setLong(4, by.value());
            st.setString(5, kind.name());
            st.setInt(6, version);
        });
    }

    void deleteTemplate(Tx tx, StepKind kind) throws SQLException {
        tx.update(DELETE_TEMPLATE, st -> st.setString(1, kind.name()));
    }

    Letterhead letterhead(Tx tx) throws SQLException {
        return tx.queryOne(LETTERHEAD, Binder.NONE, rs -> new Letterhead(rs.getString("agency_name"),
                rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                rs.getString("website"), rs.getInt("version"))).orElseThrow();
    }

    void updateLetterhead(Tx tx, Letterhead l) throws SQLException {
        tx.updateVersioned("letterhead", 1, UPDATE_LETTERHEAD, st -> {
            st.setString(1, l.agencyName());
            SqlTypes.setString(st, 2, l.address());
            SqlTypes.setString(st, 3, l.phone());
            SqlTypes.setString(st, 4, l.email());
            SqlTypes.setString(st, 5, l.website());
            st.setInt(6, l.version());
        });
    }

    /** What one step's message is merged from. */
    record Source(NurtureStepId step, StepKind kind, NurtureChannel channel, long candidateId,
                  LocalDate due, Long submissionId, String firstName, String lastName,
                  String email, String address, String linkedIn, boolean contactable, Long jobId,
                  String jobTitle, Long employerId, String employerName, String recruiterName,
                  String recruiterEmail) {
    }

    Optional<Source> source(Tx tx, NurtureStepId id) throws SQLException {
        return tx.queryOne(SOURCE, st -> st.setLong(1, id.value()), rs -> new Source(id,
                StepKind.valueOf(rs.getString("step_kind")),
                NurtureChannel.valueOf(rs.getString("channel")), rs.getLong("candidate_id"),
                SqlTypes.getDate(rs, "due_on"), SqlTypes.getLong(rs, "submission_id"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                rs.getString("postal_address"), rs.getString("linkedin_url"),
                !"DO_NOT_CONTACT".equals(rs.getString("status"))
                        && rs.getTimestamp("consent_withdrawn_at") == null,
                SqlTypes.getLong(rs, "job_id"), rs.getString("job_title"),
                SqlTypes.getLong(rs, "employer_id"), rs.getString("employer_name"),
                rs.getString("display_name"), rs.getString("recruiter_email")));
    }

    Optional<String> feedbackText(Tx tx, long submission) throws SQLException {
        return tx.queryOne(FEEDBACK_TEXT, st -> st.setLong(1, submission), rs -> rs.getString("text"));
    }

    Optional<String[]> firstContact(Tx tx, long employer) throws SQLException {
        return tx.queryOne(FIRST_CONTACT, st -> st.setLong(1, employer),
                rs -> new String[] {rs.getString("first_name"), rs.getString("last_name")});
    }

    List<NurtureStepId> lettersDue(Tx tx, RecruiterId owner, LocalDate day) throws SQLException {
        return tx.query(owner == null ? LETTERS_DUE_ALL : LETTERS_DUE_MINE, st -> {
            SqlTypes.setDate(st, 1, day);
            if (owner != null) {
                st.setLong(2, owner.value());
            }
        }, rs -> new NurtureStepId(rs.getLong("id")));
    }
}
