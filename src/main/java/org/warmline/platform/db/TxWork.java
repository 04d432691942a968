package org.warmline.platform.db;

import java.sql.SQLException;

/** Work that runs inside one transaction. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Tx tx) throws SQLException;
}
