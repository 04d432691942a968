package org.warmline.candidate.ui;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.OverlayLayout;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateQuery;
import org.warmline.candidate.CandidateStatus;
import org.warmline.candidate.CandidateSummary;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.ActionRegistry;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.nav.NavView;

/**
 * The "Candidates" screen: a heading with the count, find-as-you-type and status filters, and
 * a lazily paged, server-sorted table; an empty-state text when there is nothing to show.
 */
final class CandidateListPanel extends JPanel implements NavView {
    private static final long serialVersionUID = 1L;
    private static final int FILTER_DELAY_MS = 150;
    private static final int[] WIDTHS = {200, 230, 140, 200, 110, 140, 130};
    private final transient Messages msg;
    private final transient CandidateTableModel model;
    private final transient Consumer<CandidateId> open;
    private final JLabel count = new JLabel(" ");
    private final JTextField filter = Forms.textField("candidate.list.filter");
    private final JComboBox<Choice<CandidateStatus>> status = Forms.combo("candidate.list.status");
    private final JTable table;
    private final JLabel empty = Forms.hint(" ");
    private final JPanel emptyState = new JPanel(new MigLayout("fill", "[center]", "[center]"));
    private final Timer debounce = new Timer(FILTER_DELAY_MS, e -> applyFilters());
    private boolean loadedOnce;

    CandidateListPanel(Messages msg, CandidateTableModel model, Consumer<CandidateId> open,
                       Runnable createNew) {
        super(new MigLayout("insets 16lp 20lp 16lp 20lp, fill", "[grow, fill]", "[][]12lp[grow, fill]"));
        this.msg = msg;
        this.model = model;
        this.open = open;
        setName("candidates");
        table = new JTable(model);
        Action newCandidate = ActionRegistry.create(ActionId.CANDIDATE_NEW, createNew, msg);
        add(header(newCandidate), "wrap");
        add(filters(), "wrap");
        add(body(), "grow");
        bindKeys(newCandidate);
    }

    private JPanel header(Action newCandidate) {
        JLabel title = new JLabel(msg.get("candidate.list.title"));
        title.setName("candidate.list.title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        count.setName("candidate.list.count");
        count.putClientProperty("FlatLaf.styleClass", "light");
        JButton add = new JButton(newCandidate);
        add.setName("candidate.list.new");
        add.setText(msg.get("candidate.list.new"));
        add.putClientProperty("JButton.buttonType", "default");
        JPanel header = new JPanel(new MigLayout("insets 0", "[]12lp[]push[]", "[baseline]"));
        header.add(title);
        header.add(count);
        header.add(add);
        return header;
    }

    private JPanel filters() {
        filter.putClientProperty("JTextField.placeholderText",
                msg.get("candidate.list.filter.placeholder"));
        filter.putClientProperty("JTextField.showClearButton", true);
        filter.setToolTipText(msg.get("candidate.list.filter.tooltip"));
        debounce.setRepeats(false);
        TextChanges.listen(filter, debounce::restart);
        status.addItem(new Choice<>(null, msg.get("candidate.list.status.all")));
        for (CandidateStatus s : CandidateStatus.values()) {
            status.addItem(new Choice<>(s, msg.get(s.labelKey())));
        }
        status.addActionListener(e -> applyFilters());
        JPanel filters = new JPanel(new MigLayout("insets 0", "[360lp, fill]8lp[]push"));
        filters.add(filter);
        filters.add(status);
        return filters;
    }

    private JPanel body() {
        table.setName("candidate.list");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.getTableHeader().setReorderingAllowed(false);
        for (int i = 0; i < WIDTHS.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(WIDTHS[i]);
        }
        table.getTableHeader().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int column = table.columnAtPoint(e.getPoint());
                if (column >= 0 && e.getButton() == MouseEvent.BUTTON1) {
                    reload(model.sortedByColumn(table.convertColumnIndexToModel(column)));
                }
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
        empty.setName("candidate.list.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        empty.setFont(empty.getFont().deriveFont(empty.getFont().getSize2D() + 2f));
        emptyState.setOpaque(false);
        emptyState.add(empty);
        emptyState.setVisible(false);
        // The empty-state text floats over the (empty) table, which stays in place.
        JPanel body = new JPanel() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isOptimizedDrawingEnabled() {
                return false;
            }
        };
        body.setLayout(new OverlayLayout(body));
        body.add(emptyState);
        body.add(new JScrollPane(table));
        return body;
    }

    private void bindKeys(Action newCandidate) {
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "candidate.open");
        table.getActionMap().put("candidate.open", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                openSelected();
            }
        });
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "candidate.toTable");
        filter.getActionMap().put("candidate.toTable", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (table.getRowCount() > 0) {
                    table.changeSelection(0, 0, false, false);
                    table.requestFocusInWindow();
                }
            }
        });
        KeyStroke stroke = (KeyStroke) newCandidate.getValue(Action.ACCELERATOR_KEY);
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, "candidate.new");
        getActionMap().put("candidate.new", newCandidate);
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        CandidateSummary s = row < 0 ? null : model.summaryAt(table.convertRowIndexToModel(row));
        if (s != null) {
            open.accept(s.id());
        }
    }

    private void applyFilters() {
        debounce.stop();
        int index = status.getSelectedIndex();
        CandidateStatus chosen = index < 0 ? null : status.getItemAt(index).value();
        reload(model.query().withText(filter.getText()).withStatus(chosen));
    }

    /** Reloads the list with the current filters and sort, once it has been shown. */
    void refresh() {
        if (loadedOnce) {
            reload(model.query());
        }
    }

    private void reload(CandidateQuery next) {
        loadedOnce = true;
        model.reload(next, this::loaded);
    }

    private void loaded(int rows) {
        for (int i = 0; i < model.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setHeaderValue(model.getColumnName(i));
        }
        table.getTableHeader().repaint();
        count.setText(msg.get("candidate.list.count", rows));
        empty.setText(msg.get(model.query().isFiltered() ? "candidate.list.noMatch"
                : "candidate.list.empty"));
        emptyState.setVisible(rows == 0);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_CANDIDATES;
    }

    @Override
    public String id() {
        return "candidates";
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public void shown() {
        if (!loadedOnce) {
            reload(model.query());
        }
    }

    @Override
    public void focus() {
        filter.requestFocusInWindow();
    }
}
