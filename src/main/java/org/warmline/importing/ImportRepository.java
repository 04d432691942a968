package org.warmline.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmline.candidate.Candidate;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.platform.text.Normalize;

/**
 * SQL of imports: what is already known (identifiers of candidates and contacts, employers by
 * name, the erasure register) and the batched inserts of candidates, contacts and their search
 * terms. Stateless; runs inside the caller's transaction.
 */
final class ImportRepository {
    private static final String CANDIDATE_KEYS = """
            SELECT email_norm, email2_norm, phone_norm, linkedin_norm, sort_name, current_title
              FROM candidate""";
    private static final String ERASED = "SELECT id_hash FROM erasure_register";
    private static final String INSERT_CANDIDATE = """
            INSERT INTO candidate (first_name, last_name, email, email2, phone, postal_address,
                   linkedin_url, current_title, skills, source, owner_id, status, notes,
                   email_norm, email2_norm, phone_norm, linkedin_norm, sort_name,
                   created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String LOCK_CANDIDATES = "LOCK TABLE candidate IN EXCLUSIVE MODE";
    private static final String MAX_CANDIDATE_ID = "SELECT COALESCE(MAX(id), 0) FROM candidate";
    private static final String IDS_AFTER = "SELECT id FROM candidate WHERE id > ? ORDER BY id";
    private static final String INSERT_TERM =
            "INSERT INTO search_term (kind, entity_id, term) VALUES (?, ?, ?)";
    private static final String EMPLOYERS = "SELECT id, sort_name FROM employer";
    private static final String CONTACT_KEYS = """
            SELECT c.email, c.phone, c.linkedin_url, c.first_name, c.last_name, c.role, e.name
              FROM contact c JOIN employer e ON e.id = c.employer_id""";
    private static final String INSERT_EMPLOYER = """
            INSERT INTO employer (name, sort_name, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, 0)""";
    private static final String INSERT_CONTACT = """
            INSERT INTO contact (employer_id, first_name, last_name, role, email, phone,
                                 postal_address, linkedin_url, notes, created_at, updated_at,
                                 version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final int SORT_NAME_MAX = 400;
    private static final int EMPLOYER_SORT_MAX = 200;

    /** Duplicate keys of every candidate (see {@link PersonRow#identityKeys()}). */
    Set<String> candidateKeys(Tx tx) throws SQLException {
        Set<String> keys = new HashSet<>();
        tx.query(CANDIDATE_KEYS, Binder.NONE, rs -> {
            addKey(keys, "e:", rs.getString(1));
            addKey(keys, "e:", rs.getString(2));
            addKey(keys, "p:", rs.getString(3));
            addKey(keys, "l:", rs.getString(4));
            keys.add(PersonRow.nameKey(rs.getString(5), rs.getString(6)));
            return null;
        });
        return keys;
    }

    /** Duplicate keys of every contact, normalised here (contacts keep no normal forms). */
    Set<String> contactKeys(Tx tx) throws SQLException {
        Set<String> keys = new HashSet<>();
        tx.query(CONTACT_KEYS, Binder.NONE, rs -> {
            addKey(keys, "e:", Normalize.email(rs.getString(1)));
            addKey(keys, "p:", Normalize.phone(rs.getString(2)));
            addKey(keys, "l:", Normalize.linkedIn(rs.getString(3)));
            keys.add(PersonRow.contactNameKey(rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7)));
            return null;
        });
        return keys;
    }

    Set<String> erasedHashes(Tx tx) throws SQLException {
        return new HashSet<>(tx.query(ERASED, Binder.NONE, rs -> rs.getString(1)));
    }

    /** Employer ids by folded name. */
    Map<String, Long> employersBySortName(Tx tx) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        tx.query(EMPLOYERS, Binder.NONE, rs -> ids.putIfAbsent(rs.getString(2), rs.getLong(1)));
        return ids;
    }

    /**
     * Inserts the candidates as one JDBC batch and returns their ids in the same order. Derby
     * returns no generated keys for a batch, so the table is locked for the rest of the
     * transaction: then every id above the highest one before the batch is one of ours, and
     * identity values rise in the order the rows were inserted.
     */
    long[] insertCandidates(Tx tx, List<Candidate> batch, Instant now) throws SQLException {
        tx.update(LOCK_CANDIDATES, Binder.NONE);
        long before = tx.queryLong(MAX_CANDIDATE_ID, Binder.NONE);
        try (PreparedStatement st = tx.connection().prepareStatement(INSERT_CANDIDATE)) {
            for (Candidate c : batch) {
                bindCandidate(st, c, now);
                st.addBatch();
            }
            st.executeBatch();
        }
        List<Long> ids = tx.query(IDS_AFTER, st -> st.setLong(1, before), rs -> rs.getLong(1));
        if (ids.size() != batch.size()) {
            throw new SQLException("expected " + batch.size() + " new candidates, found "
                    + ids.size());
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Inserts search terms: {@code terms.get(i)} for entity {@code ids[i]}. Sorted by term, so
     * that the term index is filled page by page instead of all over.
     */
    void insertTerms(Tx tx, char kind, long[] ids, List<Set<String>> terms) throws SQLException {
        List<Map.Entry<String, Long>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (String term : terms.get(i)) {
                rows.add(Map.entry(term, ids[i]));
            }
        }
        rows.sort(Map.Entry.comparingByKey());
        try (PreparedStatement st = tx.connection().prepareStatement(INSERT_TERM)) {
            String code = String.valueOf(kind);
            for (Map.Entry<String, Long> row : rows) {
                st.setString(1, code);
                st.setLong(2, row.getValue());
                st.setString(3, row.getKey());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    long insertEmployer(Tx tx, String name, Instant now) throws SQLException {
        return tx.insert(INSERT_EMPLOYER, st -> {
            st.setString(1, name);
            st.setString(2, employerSortName(name));
            SqlTypes.setInstant(st, 3, now);
            SqlTypes.setInstant(st, 4, now);
        });
    }

    void insertContact(Tx tx, long employerId, PersonRow p, String notes, Instant now)
            throws SQLException {
        tx.insert(INSERT_CONTACT, st -> {
            st.setLong(1, employerId);
            st.setString(2, p.firstName());
            st.setString(3, p.lastName());
            SqlTypes.setString(st, 4, p.title());
            SqlTypes.setString(st, 5, p.email());
            SqlTypes.setString(st, 6, p.phone());
            SqlTypes.setString(st, 7, p.address());
            SqlTypes.setString(st, 8, p.linkedIn());
            SqlTypes.setString(st, 9, notes);
            SqlTypes.setInstant(st, 10, now);
            SqlTypes.setInstant(st, 11, now);
        });
    }

    static String employerSortName(String name) {
        String folded = Normalize.fold(name);
        return folded.length() > EMPLOYER_SORT_MAX ? folded.substring(0, EMPLOYER_SORT_MAX) : folded;
    }

    static String candidateSortName(String first, String last) {
        String folded = Normalize.fold(last + " " + first);
        return folded.length() > SORT_NAME_MAX ? folded.substring(0, SORT_NAME_MAX) : folded;
    }

    private static void bindCandidate(PreparedStatement st, Candidate c, Instant now)
            throws SQLException {
        Object[] values = {c.firstName(), c.lastName(), c.email(), c.email2(), c.phone(),
            c.postalAddress(), c.linkedInUrl(), c.currentTitle(),
            c.skills().isEmpty() ? null : c.skillsText(), c.source(),
            c.ownerId() == null ? null : c.ownerId().value(), c.status().name(), c.notes(),
            Normalize.email(c.email()), Normalize.email(c.email2()), Normalize.phone(c.phone()),
            Normalize.linkedIn(c.linkedInUrl()), candidateSortName(c.firstName(), c.lastName()),
            now, now};
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant at) {
                SqlTypes.setInstant(st, i + 1, at);
            } else if (values[i] instanceof Long id) {
                SqlTypes.setLong(st, i + 1, id);
            } else {
                SqlTypes.setString(st, i + 1, (String) values[i]);
            }
        }
    }

    private static void addKey(Set<String> keys, String prefix, String value) {
        if (value != null) {
            keys.add(prefix + value);
        }
    }
}
