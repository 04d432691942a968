package org.warmline.ui.table;

import java.awt.CardLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.text.Normalize;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;

/**
 * A sortable table of records with a filter-as-you-type field, a row count and an empty state.
 * Components are named {@code <prefix>}, {@code <prefix>.filter}, {@code <prefix>.count} and
 * {@code <prefix>.empty}; texts come from {@code <prefix>.count}, {@code .countFiltered},
 * {@code .empty} and {@code .noMatch}.
 */
public final class RecordListPanel<T> extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Messages msg;
    private final String prefix;
    private final RecordTableModel<T> model;
    private final JTable table;
    private final TableRowSorter<RecordTableModel<T>> sorter;
    private final JTextField filter;
    private final JLabel count = new JLabel(" ");
    private final JLabel empty = Forms.hint(" ");
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);

    public RecordListPanel(String prefix, Messages msg, List<Column<T>> columns, boolean withFilter) {
        super(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]",
                withFilter ? "[][grow, fill][]" : "[grow, fill][]"));
        this.msg = msg;
        this.prefix = prefix;
        model = new RecordTableModel<>(columns);
        table = newTable(prefix, model);
        sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        filter = Forms.textField(prefix + ".filter");
        filter.putClientProperty("JTextField.placeholderText", msg.get("common.filter.placeholder"));
        filter.putClientProperty("JTextField.showClearButton", true);
        TextChanges.listen(filter, this::applyFilter);
        if (withFilter) {
            add(filter, "growx, gapbottom 6lp");
        }
        count.setName(prefix + ".count");
        empty.setName(prefix + ".empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(new JScrollPane(table), "table");
        body.add(empty, "empty");
        add(body, "grow");
        add(count, "gaptop 4lp");
    }

    private static <T> JTable newTable(String name, RecordTableModel<T> model) {
        JTable table = new JTable(model);
        table.setName(name);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(false);
        table.setDefaultRenderer(LocalDate.class, formatted(v -> Formats.date((LocalDate) v)));
        table.setDefaultRenderer(Instant.class, formatted(v -> Formats.dateTime((Instant) v)));
        model.applyWidths(table);
        return table;
    }

    private static DefaultTableCellRenderer formatted(java.util.function.Function<Object, String> f) {
        return new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(value == null ? "" : f.apply(value));
            }
        };
    }

    /** Runs {@code open} with the record on a double-click or Enter. */
    public void onOpen(Consumer<T> open) {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    open.accept(model.rowAtView(table, row));
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        table.getActionMap().put("open", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                T row = selected();
                if (row != null) {
                    open.accept(row);
                }
            }
        });
    }

    /** Shows new rows, keeping the sort order and the filter. */
    public void setRows(List<T> rows) {
        model.setRows(rows);
        applyFilter();
    }

    /** The selected record, or null. */
    public T selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.rowAtView(table, row);
    }

    public JTable table() {
        return table;
    }

    public JTextField filterField() {
        return filter;
    }

    private void applyFilter() {
        String[] words = Normalize.fold(filter.getText()).split("\\s+");
        sorter.setRowFilter(filter.getText().isBlank() ? null : new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends RecordTableModel<T>, ? extends Integer> e) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < e.getValueCount(); i++) {
                    row.append(Normalize.fold(e.getStringValue(i))).append(' ');
                }
                for (String word : words) {
                    if (!row.toString().contains(word)) {
                        return false;
                    }
                }
                return true;
            }
        });
        updateCountAndEmptyState();
    }

    private void updateCountAndEmptyState() {
        int total = model.getRowCount();
        int shown = table.getRowCount();
        count.setText(shown == total ? msg.get(prefix + ".count", total)
                : msg.get(prefix + ".countFiltered", shown, total));
        empty.setText(total == 0 ? msg.get(prefix + ".empty")
                : msg.get(prefix + ".noMatch", filter.getText().strip()));
        cards.show(body, shown == 0 ? "empty" : "table");
    }

}
