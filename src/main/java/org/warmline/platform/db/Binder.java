package org.warmline.platform.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement. */
@FunctionalInterface
public interface Binder {
    Binder NONE = st -> { };

    void bind(PreparedStatement statement) throws SQLException;
}
