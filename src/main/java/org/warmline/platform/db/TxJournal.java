package org.warmline.platform.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code tx_log} table: one row per committed write transaction, written inside it. It
 * tells a client whether a commit whose answer was lost did land, and lets every client see
 * which tables other clients changed.
 */
public final class TxJournal {
    private static final String INSERT = """
            INSERT INTO tx_log (token, origin, tables, committed_at)
            VALUES (?, ?, ?, CURRENT_TIMESTAMP)""";
    private static final String COUNT_TOKEN = "SELECT COUNT(*) FROM tx_log WHERE token = ?";
    private static final String SINCE = """
            SELECT id, origin, tables FROM tx_log WHERE id > ? ORDER BY id""";
    private static final String LATEST = "SELECT COALESCE(MAX(id), 0) FROM tx_log";
    private static final String PRUNE = "DELETE FROM tx_log WHERE committed_at < ?";
    private static final int TABLES_LENGTH = 1000;

    /** One committed write transaction. */
    public record Entry(long id, String origin, Set<String> tables) {
    }

    private TxJournal() {
    }

    /** True when the connected schema has the journal table (V006 applied). */
    static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "TX_LOG", null)) {
            return rs.next();
        }
    }

    /** Records, inside the transaction, that it changed {@code tables}. */
    static void write(Tx tx, String token, String origin, Collection<String> tables)
            throws SQLException {
        String joined = String.join(",", tables);
        String text = joined.length() <= TABLES_LENGTH ? joined : "*";
        tx.updateUntracked(INSERT, st -> {
            st.setString(1, token);
            st.setString(2, origin);
            st.setString(3, text);
        });
    }

    /** True when the transaction that wrote {@code token} committed. */
    static boolean committed(Tx tx, String token) throws SQLException {
        return tx.queryLong(COUNT_TOKEN, st -> st.setString(1, token)) > 0;
    }

    /** The newest entry's id (0 when there is none). */
    public static long latest(Tx tx) throws SQLException {
        return tx.queryLong(LATEST, Binder.NONE);
    }

    /** Entries with an id above {@code afterId}, oldest first. */
    public static List<Entry> since(Tx tx, long afterId) throws SQLException {
        return tx.query(SINCE, st -> st.setLong(1, afterId), rs -> new Entry(rs.getLong(1),
                rs.getString(2).strip(), new LinkedHashSet<>(Arrays.asList(
                        rs.getString(3).split(",")))));
    }

    /** Deletes entries committed before {@code before}; returns how many. */
    public static int prune(Tx tx, Instant before) throws SQLException {
        return tx.updateUntracked(PRUNE, st -> st.setTimestamp(1, Timestamp.from(before)));
    }
}
