package org.warmline.report;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.warmline.platform.db.Tx;
import org.warmline.platform.excel.CellFormat;
import org.warmline.platform.excel.SheetWriter;

/**
 * Runs one sheet's query (read-only, parameters bound) and streams its rows into the sheet,
 * grouping and totalling them as the definition says.
 */
final class SheetFiller {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);
    private static final int CHECK_EVERY = 500;
    private final ReportParameters params;
    private final Instant now;
    private final LocalDate today;
    private final String totalLabel;
    private final ExportProgress progress;

    SheetFiller(ReportParameters params, Instant now, LocalDate today, String totalLabel,
                ExportProgress progress) {
        this.params = params;
        this.now = now;
        this.today = today;
        this.totalLabel = totalLabel;
        this.progress = progress;
    }

    /** Writes the sheet's rows (and totals) and returns the number of data rows. */
    int fill(Tx tx, SheetDefinition def, SheetWriter out) throws SQLException {
        checkCancelled(def.name(), 0);
        try (PreparedStatement st = tx.connection().prepareStatement(def.sql(),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(1000);
            bind(st, def.parameters());
            Accumulator totals = new Accumulator(def.columns());
            try (ResultSet rs = st.executeQuery()) {
                RowSink sink = def.groupColumns() > 0 ? new GroupSink(def, out) : out::row;
                long n = 0;
                while (rs.next()) {
                    Object[] row = read(rs, def.columns());
                    totals.add(row);
                    sink.accept(row);
                    if (++n % CHECK_EVERY == 0) {
                        checkCancelled(def.name(), n);
                    }
                }
                if (sink instanceof GroupSink groups) {
                    groups.flush();
                }
            }
            int rows = out.rows();
            if (def.totals()) {
                out.totals(totalsRow(def, totals));
            }
            progress.rows(def.name(), rows);
            return rows;
        }
    }

    private void checkCancelled(String sheet, long rows) {
        progress.rows(sheet, rows);
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }

    private Object[] totalsRow(SheetDefinition def, Accumulator totals) {
        Object[] row = totals.result(null);
        ColumnDefinition first = def.columns().get(0);
        if (first.aggregate() == Aggregate.NONE) {
            row[0] = totalLabel;
        } else if (first.format() == CellFormat.TEXT) {
            row[0] = totalLabel + " (" + row[0] + ")";
        }
        return row;
    }

    private void bind(PreparedStatement st, List<String> names) throws SQLException {
        LocalDate from = params.from() == null ? EARLIEST : params.from();
        LocalDate to = params.to() == null ? LATEST : params.to();
        for (int i = 0; i < names.size(); i++) {
            int at = i + 1;
            switch (names.get(i)) {
                case "from" -> st.setDate(at, Date.valueOf(from));
                case "to" -> st.setDate(at, Date.valueOf(to));
                case "from_ts" -> st.setTimestamp(at, Timestamp.valueOf(from.atStartOfDay()));
                case "to_ts" -> st.setTimestamp(at, Timestamp.valueOf(to.plusDays(1)
                        .atStartOfDay()));
                case "now" -> st.setTimestamp(at, Timestamp.from(now));
                case "today" -> st.setDate(at, Date.valueOf(today));
                case "recruiter" -> setId(st, at, params.recruiter() == null ? null
                        : params.recruiter().value());
                case "employer" -> setId(st, at, params.employer() == null ? null
                        : params.employer().value());
                default -> throw new IllegalStateException("unknown parameter " + names.get(i));
            }
        }
    }

    private static void setId(PreparedStatement st, int at, Long id) throws SQLException {
        if (id == null) {
            st.setNull(at, Types.BIGINT);
        } else {
            st.setLong(at, id);
        }
    }

    private static Object[] read(ResultSet rs, List<ColumnDefinition> columns)
            throws SQLException {
        int n = Math.min(columns.size(), rs.getMetaData().getColumnCount());
        Object[] row = new Object[columns.size()];
        for (int c = 0; c < n; c++) {
            row[c] = value(rs, c + 1, columns.get(c).format());
        }
        return row;
    }

    private static Object value(ResultSet rs, int at, CellFormat format) throws SQLException {
        return switch (format) {
            case TEXT -> rs.getString(at);
            case DATE -> {
                Date d = rs.getDate(at);
                yield d == null ? null : d.toLocalDate();
            }
            case DATE_TIME -> {
                Timestamp t = rs.getTimestamp(at);
                yield t == null ? null : t.toLocalDateTime();
            }
            default -> {
                Object v = rs.getObject(at);
                yield v instanceof Number || v == null ? v : Double.valueOf(v.toString());
            }
        };
    }

    /** Where rows go: straight into the sheet, or into the current group. */
    private interface RowSink {
        void accept(Object[] row);
    }

    /** Rows arrive sorted by the group columns; each change of key writes one summed row. */
    private static final class GroupSink implements RowSink {
        private final SheetDefinition def;
        private final SheetWriter out;
        private Object[] key;
        private Accumulator group;

        GroupSink(SheetDefinition def, SheetWriter out) {
            this.def = def;
            this.out = out;
        }

        @Override
        public void accept(Object[] row) {
            Object[] rowKey = Arrays.copyOf(row, def.groupColumns());
            if (key == null || !Arrays.equals(key, rowKey)) {
                flush();
                key = rowKey;
                group = new Accumulator(def.columns());
            }
            group.add(row);
        }

        void flush() {
            if (group != null) {
                out.row(Arrays.asList(group.result(key)));
            }
        }
    }
}
