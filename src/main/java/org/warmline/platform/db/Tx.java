package org.warmline.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.concurrency.StaleRecordException;

/**
 * One open transaction. Repositories receive it from the service that opened it and never
 * commit, roll back or close it.
 */
public final class Tx {
    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+\"?([A-Za-z0-9_.\"]+)",
            Pattern.CASE_INSENSITIVE);
    private final Connection connection;
    private final Set<String> written = new LinkedHashSet<>();
    private boolean rawUsed;

    Tx(Connection connection) {
        this.connection = connection;
    }

    /**
     * The raw connection, for batch work that the helpers below do not cover. Writes made
     * through it are journalled as a change of unknown tables.
     */
    public Connection connection() {
        rawUsed = true;
        return connection;
    }

    /** The tables written through this transaction's helpers; "*" when raw JDBC was used. */
    Set<String> written() {
        if (rawUsed) {
            Set<String> all = new LinkedHashSet<>(written);
            all.add("*");
            return all;
        }
        return written;
    }

    private void noteWrite(String sql) {
        Matcher m = WRITE.matcher(sql);
        if (m.find()) {
            String name = m.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
            written.add(name.substring(name.lastIndexOf('.') + 1));
        }
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    public <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            binder.bind(st);
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    /** Runs a query whose single row and column is a number (COUNT, MAX...). */
    public long queryLong(String sql, Binder binder) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    public int update(String sql, Binder binder) throws SQLException {
        noteWrite(sql);
        return updateUntracked(sql, binder);
    }

    int updateUntracked(String sql, Binder binder) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated identity key. */
    public long insert(String sql, Binder binder) throws SQLException {
        noteWrite(sql);
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(st);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key returned for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /**
     * Runs an optimistic-locking update ({@code ... WHERE id = ? AND version = ?}) and throws
     * {@link StaleRecordException} when no row matched.
     */
    public void updateVersioned(String table, long id, String sql, Binder binder)
            throws SQLException {
        if (update(sql, binder) != 1) {
            throw new StaleRecordException(table, id);
        }
    }
}
