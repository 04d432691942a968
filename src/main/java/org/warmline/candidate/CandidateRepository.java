package org.warmline.candidate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.platform.text.Normalize;
import org.warmline.recruiter.RecruiterId;

/** SQL for the CANDIDATE table. Stateless; always runs inside the caller's transaction. */
final class CandidateRepository {
    private static final String COLUMNS = """
            id, first_name, last_name, email, email2, phone, postal_address, linkedin_url,
            current_title, skills, source, owner_id, status, notes, created_at, updated_at, version""";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + """
             FROM candidate
            WHERE id = ?""";
    private static final String INSERT = """
            INSERT INTO candidate (first_name, last_name, email, email2, phone, postal_address,
                   linkedin_url, current_title, skills, source, owner_id, status, notes,
                   email_norm, email2_norm, phone_norm, linkedin_norm, sort_name,
                   created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE candidate
               SET first_name = ?, last_name = ?, email = ?, email2 = ?, phone = ?,
                   postal_address = ?, linkedin_url = ?, current_title = ?, skills = ?,
                   source = ?, owner_id = ?, status = ?, notes = ?,
                   email_norm = ?, email2_norm = ?, phone_norm = ?, linkedin_norm = ?,
                   sort_name = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String UPDATE_STATUS = """
            UPDATE candidate
               SET status = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    /** The duplicate probes: each is an equality on one indexed *_norm column. */
    private static final List<String> DUPLICATE_PROBES = List.of(
            CandidateListSql.SUMMARY + " WHERE c.email_norm = ? AND c.id <> ?",
            CandidateListSql.SUMMARY + " WHERE c.email2_norm = ? AND c.id <> ?",
            CandidateListSql.SUMMARY + " WHERE c.phone_norm = ? AND c.id <> ?",
            CandidateListSql.SUMMARY + " WHERE c.linkedin_norm = ? AND c.id <> ?");
    private static final int SORT_NAME_MAX = 400;

    Optional<Candidate> findById(Tx tx, CandidateId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), CandidateRepository::map);
    }

    CandidateId insert(Tx tx, Candidate c) throws SQLException {
        return new CandidateId(tx.insert(INSERT, st -> {
            int i = bindFields(st, c);
            SqlTypes.setInstant(st, i, c.createdAt());
            SqlTypes.setInstant(st, i + 1, c.updatedAt());
        }));
    }

    /** Saves every field; throws StaleRecordException when {@code c.version()} is out of date. */
    void update(Tx tx, Candidate c) throws SQLException {
        tx.updateVersioned("candidate", c.id().value(), UPDATE, st -> {
            int i = bindFields(st, c);
            SqlTypes.setInstant(st, i, c.updatedAt());
            st.setLong(i + 1, c.id().value());
            st.setInt(i + 2, c.version());
        });
    }

    void updateStatus(Tx tx, Candidate c) throws SQLException {
        tx.updateVersioned("candidate", c.id().value(), UPDATE_STATUS, st -> {
            st.setString(1, c.status().name());
            SqlTypes.setInstant(st, 2, c.updatedAt());
            st.setLong(3, c.id().value());
            st.setInt(4, c.version());
        });
    }

    List<CandidateSummary> page(Tx tx, CandidateQuery q, int offset, int limit)
            throws SQLException {
        CandidateListSql sql = CandidateListSql.pageIds(q);
        List<Long> ids = tx.query(sql.text(), st -> {
            int next = sql.bind(st);
            st.setInt(next, offset);
            st.setInt(next + 1, limit);
        }, rs -> rs.getLong(1));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CandidateSummary> byId = new HashMap<>();
        for (CandidateSummary s : tx.query(CandidateListSql.summariesByIds(ids.size()), st -> {
            for (int i = 0; i < ids.size(); i++) {
                st.setLong(i + 1, ids.get(i));
            }
        }, CandidateListSql::mapSummary)) {
            byId.put(s.id().value(), s);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    int count(Tx tx, CandidateQuery q) throws SQLException {
        CandidateListSql sql = CandidateListSql.count(q);
        return (int) tx.queryLong(sql.text(), sql::bind);
    }

    /** Other candidates sharing a normalised e-mail (either address), phone or LinkedIn URL. */
    List<CandidateSummary> findDuplicates(Tx tx, Candidate c, int limit) throws SQLException {
        long self = c.id() == null ? 0L : c.id().value();
        List<String> emails = new ArrayList<>();
        addIfPresent(emails, Normalize.email(c.email()));
        addIfPresent(emails, Normalize.email(c.email2()));
        Map<CandidateId, CandidateSummary> found = new LinkedHashMap<>();
        for (String email : emails) {
            probe(tx, DUPLICATE_PROBES.get(0), email, self, found);
            probe(tx, DUPLICATE_PROBES.get(1), email, self, found);
        }
        probe(tx, DUPLICATE_PROBES.get(2), Normalize.phone(c.phone()), self, found);
        probe(tx, DUPLICATE_PROBES.get(3), Normalize.linkedIn(c.linkedInUrl()), self, found);
        return found.values().stream().limit(limit).toList();
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    private static void probe(Tx tx, String sql, String value, long self,
                              Map<CandidateId, CandidateSummary> found) throws SQLException {
        if (value == null) {
            return;
        }
        for (CandidateSummary s : tx.query(sql, st -> {
            st.setString(1, value);
            st.setLong(2, self);
        }, CandidateListSql::mapSummary)) {
            found.putIfAbsent(s.id(), s);
        }
    }

    /** Binds the editable columns and their normal forms; returns the next parameter index. */
    private static int bindFields(PreparedStatement st, Candidate c) throws SQLException {
        SqlTypes.setString(st, 1, c.firstName());
        SqlTypes.setString(st, 2, c.lastName());
        SqlTypes.setString(st, 3, c.email());
        SqlTypes.setString(st, 4, c.email2());
        SqlTypes.setString(st, 5, c.phone());
        SqlTypes.setString(st, 6, c.postalAddress());
        SqlTypes.setString(st, 7, c.linkedInUrl());
        SqlTypes.setString(st, 8, c.currentTitle());
        SqlTypes.setString(st, 9, c.skills().isEmpty() ? null : c.skillsText());
        SqlTypes.setString(st, 10, c.source());
        SqlTypes.setLong(st, 11, c.ownerId() == null ? null : c.ownerId().value());
        st.setString(12, c.status().name());
        SqlTypes.setString(st, 13, c.notes());
        SqlTypes.setString(st, 14, Normalize.email(c.email()));
        SqlTypes.setString(st, 15, Normalize.email(c.email2()));
        SqlTypes.setString(st, 16, Normalize.phone(c.phone()));
        SqlTypes.setString(st, 17, Normalize.linkedIn(c.linkedInUrl()));
        st.setString(18, sortName(c));
        return 19;
    }

    static String sortName(Candidate c) {
        String folded = Normalize.fold(c.lastName() + " " + c.firstName());
        return folded.length() > SORT_NAME_MAX ? folded.substring(0, SORT_NAME_MAX) : folded;
    }

    private static Candidate map(ResultSet rs) throws SQLException {
        Long owner = SqlTypes.getLong(rs, "owner_id");
        return new Candidate(new CandidateId(rs.getLong("id")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("email2"),
                rs.getString("phone"), rs.getString("postal_address"),
                rs.getString("linkedin_url"), rs.getString("current_title"),
                Candidate.parseSkills(rs.getString("skills")), rs.getString("source"),
                owner == null ? null : new RecruiterId(owner),
                CandidateStatus.valueOf(rs.getString("status")), rs.getString("notes"),
                SqlTypes.getInstant(rs, "created_at"), SqlTypes.getInstant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
