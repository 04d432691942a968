package org.warmline.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/** SQL for CANDIDATE_PRIVACY and CONSENT_RECORD, and the candidate's contact-stop column. */
final class PrivacyRepository {
    private static final String PROFILE = """
            SELECT c.id, c.first_name, c.last_name, c.source, c.consent_withdrawn_at,
                   p.lawful_basis, p.do_not_contact, p.erased_at, p.version
              FROM candidate c LEFT JOIN candidate_privacy p ON p.candidate_id = c.id
             WHERE c.id = ?""";
    private static final String CONSENTS = """
            SELECT r.id, r.candidate_id, r.purpose, r.given_at, r.wording_version,
                   r.obtained_via, r.withdrawn_at, r.version, rc.login
              FROM consent_record r LEFT JOIN recruiter rc ON rc.id = r.recorded_by
             WHERE r.candidate_id = ?
             ORDER BY r.given_at DESC, r.id DESC""";
    private static final String INSERT_SETTINGS = """
            INSERT INTO candidate_privacy (candidate_id, lawful_basis, do_not_contact,
                                           updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String UPDATE_SETTINGS = """
            UPDATE candidate_privacy
               SET lawful_basis = ?, do_not_contact = ?, updated_at = ?, updated_by = ?,
                   version = version + 1
             WHERE candidate_id = ? AND version = ?""";
    private static final String MARK_ERASED = """
            UPDATE candidate_privacy
               SET do_not_contact = TRUE, erased_at = ?, updated_at = ?, version = version + 1
             WHERE candidate_id = ?""";
    private static final String INSERT_ERASED = """
            INSERT INTO candidate_privacy (candidate_id, lawful_basis, do_not_contact,
                                           erased_at, updated_at, updated_by)
            VALUES (?, 'LEGITIMATE_INTERESTS', TRUE, ?, ?, ?)""";
    private static final String INSERT_CONSENT = """
            INSERT INTO consent_record (candidate_id, purpose, given_at, wording_version,
                                        obtained_via, recorded_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String WITHDRAW = """
            UPDATE consent_record SET withdrawn_at = ?, version = version + 1
             WHERE id = ? AND version = ? AND withdrawn_at IS NULL""";
    private static final String CONSENT_OWNER = """
            SELECT candidate_id FROM consent_record WHERE id = ?""";
    private static final String LATEST_CONSENT = """
            SELECT withdrawn_at FROM consent_record WHERE candidate_id = ?
             ORDER BY given_at DESC, id DESC
             OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY""";
    private static final String SET_CONTACT_STOP = """
            UPDATE candidate SET consent_withdrawn_at = ? WHERE id = ?""";

    /** The profile without consents; empty when there is no such candidate. */
    Optional<PrivacyProfile> find(Tx tx, CandidateId id) throws SQLException {
        Optional<PrivacyProfile> bare = tx.queryOne(PROFILE, st -> st.setLong(1, id.value()),
                PrivacyRepository::mapProfile);
        if (bare.isEmpty()) {
            return bare;
        }
        PrivacyProfile p = bare.get();
        return Optional.of(new PrivacyProfile(p.candidateId(), p.displayName(), p.source(),
                p.lawfulBasis(), p.doNotContact(), p.consentWithdrawnAt(), p.erasedAt(),
                consents(tx, id), p.version()));
    }

    List<ConsentRecord> consents(Tx tx, CandidateId id) throws SQLException {
        return tx.query(CONSENTS, st -> st.setLong(1, id.value()), PrivacyRepository::mapConsent);
    }

    /** Inserts the settings row (first save) or updates it with an optimistic-lock check. */
    void saveSettings(Tx tx, CandidateId id, LawfulBasis basis, boolean doNotContact,
                      int version, boolean exists, Instant at, long by) throws SQLException {
        if (!exists) {
            tx.insert(INSERT_SETTINGS, st -> {
                st.setLong(1, id.value());
                st.setString(2, basis.name());
                st.setBoolean(3, doNotContact);
                SqlTypes.setInstant(st, 4, at);
                st.setLong(5, by);
            });
            return;
        }
        tx.updateVersioned("candidate_privacy", id.value(), UPDATE_SETTINGS, st -> {
            st.setString(1, basis.name());
            st.setBoolean(2, doNotContact);
            SqlTypes.setInstant(st, 3, at);
            st.setLong(4, by);
            st.setLong(5, id.value());
            st.setInt(6, version);
        });
    }

    void markErased(Tx tx, CandidateId id, Instant at, long by) throws SQLException {
        int updated = tx.update(MARK_ERASED, st -> {
            SqlTypes.setInstant(st, 1, at);
            SqlTypes.setInstant(st, 2, at);
            st.setLong(3, id.value());
        });
        if (updated == 0) {
            tx.insert(INSERT_ERASED, st -> {
                st.setLong(1, id.value());
                SqlTypes.setInstant(st, 2, at);
                SqlTypes.setInstant(st, 3, at);
                st.setLong(4, by);
            });
        }
    }

    ConsentId insertConsent(Tx tx, CandidateId id, NewConsent c, Instant given, Instant at,
                            long by) throws SQLException {
        return new ConsentId(tx.insert(INSERT_CONSENT, st -> {
            st.setLong(1, id.value());
            st.setString(2, c.purpose());
            SqlTypes.setInstant(st, 3, given);
            st.setString(4, c.wordingVersion());
            st.setString(5, c.obtainedVia().name());
            st.setLong(6, by);
            SqlTypes.setInstant(st, 7, at);
        }));
    }

    void withdraw(Tx tx, ConsentId id, int version, Instant at) throws SQLException {
        tx.updateVersioned("consent_record", id.value(), WITHDRAW, st -> {
            SqlTypes.setInstant(st, 1, at);
            st.setLong(2, id.value());
            st.setInt(3, version);
        });
    }

    Optional<CandidateId> consentOwner(Tx tx, ConsentId id) throws SQLException {
        return tx.queryOne(CONSENT_OWNER, st -> st.setLong(1, id.value()),
                rs -> new CandidateId(rs.getLong(1)));
    }

    /**
     * The moment contact must stop: the do-not-contact time when flagged, else the withdrawal
     * of the newest consent when it was withdrawn (a consent given again clears it), else null.
     */
    Instant contactStop(Tx tx, CandidateId id, boolean doNotContact, Instant current, Instant now)
            throws SQLException {
        if (doNotContact) {
            return current != null ? current : now;
        }
        return tx.queryOne(LATEST_CONSENT, st -> st.setLong(1, id.value()),
                rs -> SqlTypes.getInstant(rs, "withdrawn_at")).orElse(null);
    }

    /** Sets candidate.consent_withdrawn_at (not an editor field, so no version change). */
    void setContactStop(Tx tx, CandidateId id, Instant at) throws SQLException {
        tx.update(SET_CONTACT_STOP, st -> {
            SqlTypes.setInstant(st, 1, at);
            st.setLong(2, id.value());
        });
    }

    private static PrivacyProfile mapProfile(ResultSet rs) throws SQLException {
        String basis = rs.getString("lawful_basis");
        String name = (rs.getString("first_name") + " " + rs.getString("last_name")).strip();
        return new PrivacyProfile(new CandidateId(rs.getLong("id")), name, rs.getString("source"),
                basis == null ? PrivacyService.DEFAULT_BASIS : LawfulBasis.valueOf(basis),
                rs.getBoolean("do_not_contact"), SqlTypes.getInstant(rs, "consent_withdrawn_at"),
                SqlTypes.getInstant(rs, "erased_at"), List.of(),
                basis == null ? -1 : rs.getInt("version"));
    }

    private static ConsentRecord mapConsent(ResultSet rs) throws SQLException {
        return new ConsentRecord(new ConsentId(rs.getLong("id")),
                new CandidateId(rs.getLong("candidate_id")), rs.getString("purpose"),
                SqlTypes.getInstant(rs, "given_at"), rs.getString("wording_version"),
                ConsentMethod.valueOf(rs.getString("obtained_via")),
                SqlTypes.getInstant(rs, "withdrawn_at"), rs.getString("login"),
                rs.getInt("version"));
    }
}
