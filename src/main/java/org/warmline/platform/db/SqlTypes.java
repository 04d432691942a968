package org.warmline.platform.db;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** The one place where Java values and SQL values are converted, including nulls. */
public final class SqlTypes {
    private SqlTypes() {
    }

    public static void setString(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    public static void setInstant(PreparedStatement st, int index, Instant value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.TIMESTAMP);
        } else {
            st.setTimestamp(index, Timestamp.from(value));
        }
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static void setDate(PreparedStatement st, int index, LocalDate value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(value));
        }
    }

    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static void setDecimal(PreparedStatement st, int index, BigDecimal value)
            throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DECIMAL);
        } else {
            st.setBigDecimal(index, value);
        }
    }
}
