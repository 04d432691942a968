package org.warmline.report;

import java.sql.SQLException;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.Tx;

/** Names shown on a report's cover sheet. */
final class CoverNames {
    private static final String EMPLOYER_NAME = """
            SELECT name
              FROM employer
             WHERE id = ?""";

    String employer(Tx tx, EmployerId id) throws SQLException {
        return tx.queryOne(EMPLOYER_NAME, st -> st.setLong(1, id.value()), rs -> rs.getString(1))
                .orElse("?");
    }
}
