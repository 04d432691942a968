package org.warmline.recruiter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Tx;

/** SQL for the RECRUITER table. */
final class RecruiterRepository {
    private static final String COLUMNS = "id, login, display_name, email, active, version";
    private static final String FIND_ALL =
            "SELECT " + COLUMNS + " FROM recruiter ORDER BY display_name";
    private static final String FIND_BY_LOGIN =
            "SELECT " + COLUMNS + " FROM recruiter WHERE login = ?";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM recruiter WHERE id = ?";
    private static final String INSERT =
            "INSERT INTO recruiter (login, display_name, email, active) VALUES (?, ?, ?, TRUE)";

    List<Recruiter> findAll(Tx tx) throws SQLException {
        return tx.query(FIND_ALL, Binder.NONE, RecruiterRepository::map);
    }

    Optional<Recruiter> findByLogin(Tx tx, String login) throws SQLException {
        return tx.queryOne(FIND_BY_LOGIN, st -> st.setString(1, login), RecruiterRepository::map);
    }

    Optional<Recruiter> findById(Tx tx, RecruiterId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), RecruiterRepository::map);
    }

    RecruiterId insert(Tx tx, String login, String displayName, String email) throws SQLException {
        return new RecruiterId(tx.insert(INSERT, st -> {
            st.setString(1, login);
            st.setString(2, displayName);
            st.setString(3, email);
        }));
    }

    private static Recruiter map(ResultSet rs) throws SQLException {
        return new Recruiter(new RecruiterId(rs.getLong("id")), rs.getString("login"),
                rs.getString("display_name"), rs.getString("email"), rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
