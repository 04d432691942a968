package org.warmline.duplicates;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.platform.text.Normalize;

/**
 * SQL of the Duplicates view and of merging: candidate pairs sharing a normalised identifier
 * or name and title, every column that points at a candidate (read from the database's own
 * catalogue, so a table added later is found too), and the writes of a merge.
 */
final class DuplicateRepository {
    /** The pair probes; each joins on indexed columns and lists each pair once (a.id < b.id). */
    private static final Map<MatchReason, List<String>> PROBES = Map.of(
            MatchReason.EMAIL, List.of(pairs("b.email_norm = a.email_norm"),
                    pairs("b.email2_norm = a.email_norm"), pairs("b.email_norm = a.email2_norm"),
                    pairs("b.email2_norm = a.email2_norm")),
            MatchReason.PHONE, List.of(pairs("b.phone_norm = a.phone_norm")),
            MatchReason.LINKEDIN, List.of(pairs("b.linkedin_norm = a.linkedin_norm")),
            MatchReason.NAME_AND_TITLE, List.of(pairs("""
                    b.sort_name = a.sort_name AND a.current_title IS NOT NULL
                    AND LOWER(b.current_title) = LOWER(a.current_title)""")));
    private static final String SIDE = """
            SELECT id, first_name, last_name, email, phone, current_title, updated_at
              FROM candidate WHERE id = ?""";
    private static final String SHARED_JOBS = """
            SELECT j.title FROM submission s1
              JOIN submission s2 ON s2.job_id = s1.job_id
              JOIN job j ON j.id = s1.job_id
             WHERE s1.candidate_id = ? AND s2.candidate_id = ?""";
    private static final String CONSENT_WITHDRAWN = """
            SELECT MIN(consent_withdrawn_at) AS withdrawn FROM candidate WHERE id IN (?, ?)""";
    private static final String SET_CONSENT_WITHDRAWN = """
            UPDATE candidate SET consent_withdrawn_at = ? WHERE id = ?""";
    private static final String DELETE_CANDIDATE =
            "DELETE FROM candidate WHERE id = ? AND version = ?";
    private static final String UPDATE_KEPT = """
            UPDATE candidate
               SET first_name = ?, last_name = ?, email = ?, email2 = ?, phone = ?,
                   postal_address = ?, linkedin_url = ?, current_title = ?, skills = ?,
                   source = ?, status = ?, notes = ?,
                   email_norm = ?, email2_norm = ?, phone_norm = ?, linkedin_norm = ?,
                   sort_name = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final int SORT_NAME_MAX = 400;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");

    private static String pairs(String condition) {
        return "SELECT a.id, b.id FROM candidate a JOIN candidate b ON " + condition
                + " AND b.id <> a.id WHERE a.id < b.id ORDER BY a.id, b.id"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
    }

    /** Up to {@code limit} pairs (by id) per probe, each with every reason that matched. */
    Map<List<Long>, Set<MatchReason>> pairs(Tx tx, int limit) throws SQLException {
        Map<List<Long>, Set<MatchReason>> found = new LinkedHashMap<>();
        for (MatchReason reason : MatchReason.values()) {
            for (String sql : PROBES.get(reason)) {
                for (List<Long> pair : tx.query(sql, st -> st.setInt(1, limit),
                        rs -> List.of(rs.getLong(1), rs.getLong(2)))) {
                    found.computeIfAbsent(pair, k -> new LinkedHashSet<>()).add(reason);
                }
            }
        }
        return found;
    }

    DuplicatePair.Side side(Tx tx, long id) throws SQLException {
        return tx.queryOne(SIDE, st -> st.setLong(1, id), rs -> new DuplicatePair.Side(
                new CandidateId(rs.getLong(1)), (rs.getString(2) + " " + rs.getString(3)).strip(),
                rs.getString(4), rs.getString(5), rs.getString(6),
                SqlTypes.getInstant(rs, "updated_at"))).orElse(null);
    }

    /** A table column that holds a candidate id. */
    record Reference(String table, String column) {
    }

    /**
     * Every column outside CANDIDATE that references it by foreign key or is named
     * CANDIDATE_ID, in the schema the connection works in.
     */
    List<Reference> references(Tx tx) throws SQLException {
        DatabaseMetaData meta = tx.connection().getMetaData();
        String schema = tx.connection().getSchema();
        Set<Reference> refs = new LinkedHashSet<>();
        try (ResultSet rs = meta.getExportedKeys(null, schema, "CANDIDATE")) {
            while (rs.next()) {
                refs.add(new Reference(rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME")));
            }
        }
        try (ResultSet rs = meta.getColumns(null, schema, "%", "CANDIDATE_ID")) {
            while (rs.next()) {
                refs.add(new Reference(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")));
            }
        }
        List<Reference> list = new ArrayList<>();
        for (Reference r : refs) {
            if (!r.table().equals("CANDIDATE") && IDENTIFIER.matcher(r.table()).matches()
                    && IDENTIFIER.matcher(r.column()).matches()) {
                list.add(r);
            }
        }
        return list;
    }

    /** Rows of {@code ref} that point at {@code id}. */
    int count(Tx tx, Reference ref, long id) throws SQLException {
        // Table and column come from the catalogue and are checked to be plain identifiers.
        return (int) tx.queryLong("SELECT COUNT(*) FROM " + ref.table() + " WHERE "
                + ref.column() + " = ?", st -> st.setLong(1, id));
    }

    /** Points the rows of {@code ref} at {@code to} instead of {@code from}; returns how many. */
    int move(Tx tx, Reference ref, long from, long to) throws SQLException {
        return tx.update("UPDATE " + ref.table() + " SET " + ref.column() + " = ? WHERE "
                + ref.column() + " = ?", st -> {
                    st.setLong(1, to);
                    st.setLong(2, from);
                });
    }

    /** Titles of the jobs both candidates were put forward for (a merge cannot join them). */
    List<String> sharedJobs(Tx tx, long a, long b) throws SQLException {
        return tx.query(SHARED_JOBS, st -> {
            st.setLong(1, a);
            st.setLong(2, b);
        }, rs -> rs.getString(1));
    }

    /** Keeps the earliest consent withdrawal of the two on the kept record. */
    void keepConsentWithdrawal(Tx tx, long keep, long other) throws SQLException {
        Instant withdrawn = tx.queryOne(CONSENT_WITHDRAWN, st -> {
            st.setLong(1, keep);
            st.setLong(2, other);
        }, rs -> SqlTypes.getInstant(rs, "withdrawn")).orElse(null);
        if (withdrawn != null) {
            tx.update(SET_CONSENT_WITHDRAWN, st -> {
                SqlTypes.setInstant(st, 1, withdrawn);
                st.setLong(2, keep);
            });
        }
    }

    /** Deletes the merged-away record; StaleRecordException if it changed since it was read. */
    void delete(Tx tx, long id, int version) throws SQLException {
        tx.updateVersioned("candidate", id, DELETE_CANDIDATE, st -> {
            st.setLong(1, id);
            st.setInt(2, version);
        });
    }

    /** Saves the merged fields on the kept record; StaleRecordException if it changed. */
    void updateKept(Tx tx, Candidate c, Instant now) throws SQLException {
        String sort = Normalize.fold(c.lastName() + " " + c.firstName());
        List<String> texts = java.util.Arrays.asList(c.firstName(), c.lastName(), c.email(),
                c.email2(), c.phone(), c.postalAddress(), c.linkedInUrl(), c.currentTitle(),
                c.skills().isEmpty() ? null : c.skillsText(), c.source(), c.status().name(),
                c.notes(), Normalize.email(c.email()), Normalize.email(c.email2()),
                Normalize.phone(c.phone()), Normalize.linkedIn(c.linkedInUrl()),
                sort.length() > SORT_NAME_MAX ? sort.substring(0, SORT_NAME_MAX) : sort);
        tx.updateVersioned("candidate", c.id().value(), UPDATE_KEPT, st -> {
            for (int i = 0; i < texts.size(); i++) {
                SqlTypes.setString(st, i + 1, texts.get(i));
            }
            SqlTypes.setInstant(st, texts.size() + 1, now);
            st.setLong(texts.size() + 2, c.id().value());
            st.setInt(texts.size() + 3, c.version());
        });
    }

    static String label(Reference r) {
        return r.table().toLowerCase(Locale.ROOT);
    }
}
