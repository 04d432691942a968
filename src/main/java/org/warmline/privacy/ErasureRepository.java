package org.warmline.privacy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * SQL that anonymises a person across the tables while keeping every pipeline fact (stages,
 * closures, reasons, feedback moments, placements), and the erasure register.
 */
final class ErasureRepository {
    private static final String ANONYMISE_CANDIDATE = """
            UPDATE candidate
               SET first_name = ?, last_name = ?, email = NULL, email2 = NULL, phone = NULL,
                   postal_address = NULL, linkedin_url = NULL, current_title = NULL,
                   skills = NULL, source = NULL, notes = NULL, email_norm = NULL,
                   email2_norm = NULL, phone_norm = NULL, linkedin_norm = NULL, sort_name = ?,
                   status = 'DO_NOT_CONTACT',
                   consent_withdrawn_at = COALESCE(consent_withdrawn_at, ?),
                   updated_at = ?, version = version + 1
             WHERE id = ?""";
    private static final String OF_SUBMISSIONS = """
            (SELECT s.id FROM submission s WHERE s.candidate_id = ?)""";
    private static final String ANONYMISE_ACTIVITIES = """
            UPDATE activity SET summary = ?, details = NULL, version = version + 1
             WHERE candidate_id = ? OR submission_id IN""" + OF_SUBMISSIONS;
    private static final String CLEAR_STAGE_NOTES = """
            UPDATE submission_stage_history SET note = NULL
             WHERE note IS NOT NULL AND submission_id IN""" + OF_SUBMISSIONS;
    private static final String CLEAR_CLOSURE_NOTES = """
            UPDATE submission_closure SET note = NULL
             WHERE note IS NOT NULL AND submission_id IN""" + OF_SUBMISSIONS;
    private static final String CLEAR_EMPLOYER_FEEDBACK = """
            UPDATE employer_feedback
               SET verbatim_text = NULL, candidate_text = NULL, relayed_text = NULL,
                   guard_override_note = NULL, version = version + 1
             WHERE submission_id IN""" + OF_SUBMISSIONS;
    private static final String CLEAR_CANDIDATE_FEEDBACK = """
            UPDATE candidate_feedback SET comments = NULL
             WHERE comments IS NOT NULL AND submission_id IN""" + OF_SUBMISSIONS;
    private static final String CLEAR_NURTURE_NOTES = """
            UPDATE nurture_step SET skip_reason = NULL
             WHERE skip_reason IS NOT NULL AND candidate_id = ?""";
    private static final String DELETE_CONSENTS = """
            DELETE FROM consent_record WHERE candidate_id = ?""";
    private static final String IDENTIFIERS = """
            SELECT c.id, c.email, c.email2, c.phone, c.linkedin_url, c.email_norm,
                   c.email2_norm, c.phone_norm, c.linkedin_norm
              FROM candidate c
             WHERE c.id = ?""";
    private static final String LIVE_IDENTIFIERS = """
            SELECT c.id, c.email, c.email2, c.phone, c.linkedin_url, c.email_norm,
                   c.email2_norm, c.phone_norm, c.linkedin_norm
              FROM candidate c
             WHERE (c.email IS NOT NULL OR c.email2 IS NOT NULL OR c.phone IS NOT NULL
                    OR c.linkedin_url IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM candidate_privacy p
                                WHERE p.candidate_id = c.id AND p.erased_at IS NOT NULL)
             ORDER BY c.id""";
    private static final String REGISTER = """
            SELECT id_hash, erased_at FROM erasure_register ORDER BY erased_at, id_hash""";
    private static final String REGISTERED = """
            SELECT COUNT(*) FROM erasure_register WHERE id_hash = ?""";
    private static final String REGISTER_INSERT = """
            INSERT INTO erasure_register (id_hash, erased_at) VALUES (?, ?)""";

    /** Anonymises the candidate row and every free text about them; returns rows touched. */
    int anonymise(Tx tx, CandidateId id, String first, String last, String activitySummary,
                  Instant at) throws SQLException {
        long c = id.value();
        int rows = tx.update(ANONYMISE_CANDIDATE, st -> {
            st.setString(1, first);
            st.setString(2, last);
            st.setString(3, (first + " " + last).toLowerCase(java.util.Locale.ROOT));
            SqlTypes.setInstant(st, 4, at);
            SqlTypes.setInstant(st, 5, at);
            st.setLong(6, c);
        });
        if (rows == 0) {
            return 0;
        }
        rows += tx.update(ANONYMISE_ACTIVITIES, st -> {
            st.setString(1, activitySummary);
            st.setLong(2, c);
            st.setLong(3, c);
        });
        for (String sql : List.of(CLEAR_STAGE_NOTES, CLEAR_CLOSURE_NOTES, CLEAR_EMPLOYER_FEEDBACK,
                CLEAR_CANDIDATE_FEEDBACK, CLEAR_NURTURE_NOTES, DELETE_CONSENTS)) {
            rows += tx.update(sql, st -> st.setLong(1, c));
        }
        return rows;
    }

    /** The raw and normalised identifiers of one candidate (empty if none). */
    List<Identifiers> identifiers(Tx tx, CandidateId id) throws SQLException {
        return tx.query(IDENTIFIERS, st -> st.setLong(1, id.value()), Identifiers::map);
    }

    /** Identifiers of every candidate not erased yet. */
    List<Identifiers> liveIdentifiers(Tx tx) throws SQLException {
        return tx.query(LIVE_IDENTIFIERS, Binder.NONE, Identifiers::map);
    }

    List<RegisterEntry> register(Tx tx) throws SQLException {
        return tx.query(REGISTER, Binder.NONE, rs -> new RegisterEntry(rs.getString("id_hash"),
                SqlTypes.getInstant(rs, "erased_at")));
    }

    /** Adds a hash unless it is registered already; true when added. */
    boolean addToRegister(Tx tx, String hash, Instant at) throws SQLException {
        if (tx.queryLong(REGISTERED, st -> st.setString(1, hash)) > 0) {
            return false;
        }
        tx.insert(REGISTER_INSERT, st -> {
            st.setString(1, hash);
            SqlTypes.setInstant(st, 2, at);
        });
        return true;
    }

    boolean registered(Tx tx, String hash) throws SQLException {
        return tx.queryLong(REGISTERED, st -> st.setString(1, hash)) > 0;
    }
}
