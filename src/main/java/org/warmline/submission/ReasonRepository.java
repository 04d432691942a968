package org.warmline.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Tx;

/** SQL for the REJECTION_REASON table. Stateless; always runs inside the caller's transaction. */
final class ReasonRepository {
    private static final String COLUMNS =
            "id, name, not_about_candidate, position, active, version";
    private static final String ACTIVE = "SELECT " + COLUMNS
            + " FROM rejection_reason WHERE active = TRUE ORDER BY position, id";
    private static final String FIND_BY_ID =
            "SELECT " + COLUMNS + " FROM rejection_reason WHERE id = ?";
    private static final String FIND_BY_NAME =
            "SELECT " + COLUMNS + " FROM rejection_reason WHERE UPPER(name) = UPPER(?)";
    private static final String MAX_POSITION =
            "SELECT COALESCE(MAX(position), 0) FROM rejection_reason";
    private static final String INSERT = """
            INSERT INTO rejection_reason (name, not_about_candidate, position, active)
            VALUES (?, ?, ?, TRUE)""";
    private static final String RENAME = """
            UPDATE rejection_reason SET name = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String SET_FLAG = """
            UPDATE rejection_reason SET not_about_candidate = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String SET_ACTIVE = """
            UPDATE rejection_reason SET active = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String REVIVE = """
            UPDATE rejection_reason
               SET name = ?, not_about_candidate = ?, position = ?, active = TRUE,
                   version = version + 1
             WHERE id = ? AND version = ?""";

    List<RejectionReason> active(Tx tx) throws SQLException {
        return tx.query(ACTIVE, Binder.NONE, ReasonRepository::map);
    }

    Optional<RejectionReason> findById(Tx tx, ReasonId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), ReasonRepository::map);
    }

    /** The reason with this name ignoring case, active or not. */
    Optional<RejectionReason> findByName(Tx tx, String name) throws SQLException {
        return tx.queryOne(FIND_BY_NAME, st -> st.setString(1, name), ReasonRepository::map);
    }

    int maxPosition(Tx tx) throws SQLException {
        return (int) tx.queryLong(MAX_POSITION, Binder.NONE);
    }

    ReasonId insert(Tx tx, String name, boolean notAboutCandidate, int position)
            throws SQLException {
        return new ReasonId(tx.insert(INSERT, st -> {
            st.setString(1, name);
            st.setBoolean(2, notAboutCandidate);
            st.setInt(3, position);
        }));
    }

    void rename(Tx tx, ReasonId id, String name, int version) throws SQLException {
        tx.updateVersioned("rejection_reason", id.value(), RENAME, st -> {
            st.setString(1, name);
            st.setLong(2, id.value());
            st.setInt(3, version);
        });
    }

    void setNotAboutCandidate(Tx tx, ReasonId id, boolean flag, int version)
            throws SQLException {
        tx.updateVersioned("rejection_reason", id.value(), SET_FLAG, st -> {
            st.setBoolean(1, flag);
            st.setLong(2, id.value());
            st.setInt(3, version);
        });
    }

    void setActive(Tx tx, ReasonId id, boolean active, int version) throws SQLException {
        tx.updateVersioned("rejection_reason", id.value(), SET_ACTIVE, st -> {
            st.setBoolean(1, active);
            st.setLong(2, id.value());
            st.setInt(3, version);
        });
    }

    /** Brings a deactivated reason back under a (re-spelt) name at the end of the list. */
    void revive(Tx tx, RejectionReason old, String name, boolean notAboutCandidate, int position)
            throws SQLException {
        tx.updateVersioned("rejection_reason", old.id().value(), REVIVE, st -> {
            st.setString(1, name);
            st.setBoolean(2, notAboutCandidate);
            st.setInt(3, position);
            st.setLong(4, old.id().value());
            st.setInt(5, old.version());
        });
    }

    private static RejectionReason map(ResultSet rs) throws SQLException {
        return new RejectionReason(new ReasonId(rs.getLong("id")), rs.getString("name"),
                rs.getBoolean("not_about_candidate"), rs.getInt("position"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
