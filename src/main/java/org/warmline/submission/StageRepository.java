package org.warmline.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Tx;

/** SQL for the STAGE table. Stateless; always runs inside the caller's transaction. */
final class StageRepository {
    private static final String COLUMNS = "id, name, position, outcome, active, version";
    private static final String ACTIVE =
            "SELECT " + COLUMNS + " FROM stage WHERE active = TRUE ORDER BY position, id";
    private static final String ALL =
            "SELECT " + COLUMNS + " FROM stage ORDER BY position, id";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM stage WHERE id = ?";
    private static final String FIND_BY_NAME =
            "SELECT " + COLUMNS + " FROM stage WHERE UPPER(name) = UPPER(?)";
    private static final String RENAME = """
            UPDATE stage SET name = ?, version = version + 1 WHERE id = ? AND version = ?""";
    private static final String MOVE = """
            UPDATE stage SET position = ?, version = version + 1 WHERE id = ?""";
    private static final String INSERT = """
            INSERT INTO stage (name, position, outcome, active) VALUES (?, ?, ?, TRUE)""";

    List<Stage> active(Tx tx) throws SQLException {
        return tx.query(ACTIVE, Binder.NONE, StageRepository::map);
    }

    /** Every stage, active or not, in pipeline order. */
    List<Stage> all(Tx tx) throws SQLException {
        return tx.query(ALL, Binder.NONE, StageRepository::map);
    }

    Optional<Stage> findById(Tx tx, StageId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), StageRepository::map);
    }

    Optional<Stage> findByName(Tx tx, String name) throws SQLException {
        return tx.queryOne(FIND_BY_NAME, st -> st.setString(1, name), StageRepository::map);
    }

    void rename(Tx tx, StageId id, String name, int version) throws SQLException {
        tx.updateVersioned("stage", id.value(), RENAME, st -> {
            st.setString(1, name);
            st.setLong(2, id.value());
            st.setInt(3, version);
        });
    }

    /** Sets a stage's position; used when renumbering, inside the renumbering transaction. */
    void move(Tx tx, StageId id, int position) throws SQLException {
        tx.update(MOVE, st -> {
            st.setInt(1, position);
            st.setLong(2, id.value());
        });
    }

    StageId insert(Tx tx, String name, int position, StageOutcome outcome) throws SQLException {
        return new StageId(tx.insert(INSERT, st -> {
            st.setString(1, name);
            st.setInt(2, position);
            st.setString(3, outcome.name());
        }));
    }

    static Stage map(ResultSet rs) throws SQLException {
        return new Stage(new StageId(rs.getLong("id")), rs.getString("name"),
                rs.getInt("position"), StageOutcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
