package org.warmline.candidate.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import org.warmline.candidate.CandidateQuery;
import org.warmline.candidate.CandidateQuery.SortColumn;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateSummary;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.task.TaskRunner;

/**
 * The candidate list's rows, loaded page by page as the table asks for them; sorting and
 * filtering happen in the database. Rows whose page is still loading show a placeholder.
 */
final class CandidateTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 200;
    private static final SortColumn[] COLUMNS = SortColumn.values();
    private final transient CandidateService candidates;
    private final transient TaskRunner tasks;
    private final transient Messages msg;
    private final transient PagedRows<CandidateSummary> rows = new PagedRows<>(PAGE_SIZE);
    private final transient DateTimeFormatter updatedFormat;
    private transient CandidateQuery query = CandidateQuery.all();
    private int reloads;

    /** A fresh count plus the first page, loaded together so that the list never flickers. */
    private record Snapshot(CandidateQuery query, int count, List<CandidateSummary> first) {
    }

    CandidateTableModel(CandidateService candidates, TaskRunner tasks, Messages msg) {
        this.candidates = candidates;
        this.tasks = tasks;
        this.msg = msg;
        this.updatedFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(msg.locale()).withZone(ZoneId.systemDefault());
    }

    CandidateQuery query() {
        return query;
    }

    /** Reloads the count and first page for {@code next}, then calls {@code loaded} with the count. */
    void reload(CandidateQuery next, IntConsumer loaded) {
        // Superseded reloads are ignored rather than interrupted: an interrupt closes an
        // embedded Derby connection.
        int reload = ++reloads;
        tasks.run(msg.get("candidate.list.loading"),
                () -> new Snapshot(next, candidates.count(next), candidates.page(next, 0, PAGE_SIZE)),
                snapshot -> {
                    if (reload != reloads) {
                        return;
                    }
                    query = snapshot.query();
                    rows.reset(snapshot.count(), snapshot.first());
                    fireTableDataChanged();
                    loaded.accept(snapshot.count());
                });
    }

    /** The next sort after a click on column {@code column}'s header. */
    CandidateQuery sortedByColumn(int column) {
        SortColumn clicked = COLUMNS[column];
        boolean ascending = clicked != query.sort()
                ? clicked != SortColumn.UPDATED : !query.ascending();
        return query.sortedBy(clicked, ascending);
    }

    /** The candidate at a model row, or null while its page is loading. */
    CandidateSummary summaryAt(int row) {
        return row < 0 || row >= rows.rowCount() ? null : rows.loadedRow(row);
    }

    private void loadPage(int generation, int page, int offset, int limit) {
        CandidateQuery pageQuery = query;
        // Deferred: the table asks for rows while painting, which is no time to fire events.
        SwingUtilities.invokeLater(() -> tasks.run(msg.get("candidate.list.loading"),
                () -> candidates.page(pageQuery, offset, limit),
                list -> {
                    if (rows.accept(generation, page, list) && !list.isEmpty()) {
                        int last = Math.min(offset + list.size(), rows.rowCount()) - 1;
                        if (last >= offset) {
                            fireTableRowsUpdated(offset, last);
                        }
                    }
                }));
    }

    @Override
    public int getRowCount() {
        return rows.rowCount();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        String header = msg.get("candidate.list.column." + COLUMNS[column].name().toLowerCase());
        if (COLUMNS[column] != query.sort()) {
            return header;
        }
        return header + (query.ascending() ? "  \u25B2" : "  \u25BC");
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        CandidateSummary s = rows.row(row, this::loadPage);
        if (s == null) {
            return column == 0 ? msg.get("candidate.list.loadingRow") : "";
        }
        return switch (COLUMNS[column]) {
            case NAME -> s.displayName();
            case EMAIL -> s.email();
            case PHONE -> s.phone();
            case TITLE -> s.currentTitle();
            case STATUS -> msg.get(s.status().labelKey());
            case OWNER -> s.ownerName();
            case UPDATED -> s.updatedAt() == null ? "" : updatedFormat.format(s.updatedAt());
        };
    }
}
