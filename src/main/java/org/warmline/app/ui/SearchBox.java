package org.warmline.app.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchHit;
import org.warmline.search.SearchService;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/**
 * The global find-as-you-type field: results for candidates, employers and jobs appear in a
 * popup under it; Up/Down choose, Enter opens, Escape closes. Superseded searches are
 * cancelled.
 */
final class SearchBox {
    private static final int LIMIT = 25;
    private final JTextField field = new JTextField(28);
    private final DefaultListModel<SearchHit> model = new DefaultListModel<>();
    private final JList<SearchHit> results = new JList<>(model);
    private final JPopupMenu popup = new JPopupMenu();
    private final Timer debounce;
    private final SearchService search;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final Messages msg;
    private TaskHandle running = TaskHandle.DONE;
    private int generation;

    SearchBox(SearchService search, TaskRunner tasks, RecordOpener opener, Messages msg) {
        this.search = search;
        this.tasks = tasks;
        this.opener = opener;
        this.msg = msg;
        field.setName("app.search");
        field.putClientProperty("JTextField.placeholderText", msg.get("app.search.placeholder"));
        field.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
        field.putClientProperty("JTextField.leadingIcon",
                new com.formdev.flatlaf.icons.FlatSearchIcon());
        results.setName("app.search.results");
        results.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        results.setCellRenderer(new HitRenderer());
        results.setFocusable(false);
        JScrollPane scroll = new JScrollPane(results);
        scroll.setBorder(null);
        popup.add(scroll);
        popup.setFocusable(false);
        debounce = new Timer(120, e -> runSearch());
        debounce.setRepeats(false);
        wire();
    }

    JTextField field() {
        return field;
    }

    /** Focuses the field and selects its text (Ctrl+F / Ctrl+K). */
    void focus() {
        field.requestFocusInWindow();
        field.selectAll();
    }

    private void wire() {
        TextChanges.listen(field, debounce::restart);
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> move(1);
                    case KeyEvent.VK_UP -> move(-1);
                    case KeyEvent.VK_ENTER -> openSelected();
                    case KeyEvent.VK_ESCAPE -> popup.setVisible(false);
                    default -> { }
                }
            }
        });
        results.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int index = results.locationToIndex(e.getPoint());
                if (index >= 0) {
                    results.setSelectedIndex(index);
                    openSelected();
                }
            }
        });
    }

    private void runSearch() {
        String query = field.getText();
        running.cancel();
        int mine = ++generation;
        if (query.isBlank()) {
            popup.setVisible(false);
            return;
        }
        running = tasks.run(msg.get("app.search.searching"), () -> search.find(query, LIMIT),
                hits -> {
                    if (mine == generation) {
                        show(hits);
                    }
                });
    }

    private void show(List<SearchHit> hits) {
        model.clear();
        hits.forEach(model::addElement);
        if (hits.isEmpty()) {
            model.addElement(new SearchHit(null, 0, msg.get("app.search.none"), ""));
        } else {
            results.setSelectedIndex(0);
        }
        results.setVisibleRowCount(Math.min(10, model.size()));
        Dimension size = results.getPreferredScrollableViewportSize();
        popup.setPopupSize(Math.max(field.getWidth(), 380), size.height + 8);
        if (field.isShowing()) {
            popup.show(field, 0, field.getHeight());
            field.requestFocusInWindow();
        }
    }

    private void move(int delta) {
        if (!popup.isVisible() || model.isEmpty()) {
            return;
        }
        int next = Math.max(0, Math.min(model.size() - 1, results.getSelectedIndex() + delta));
        results.setSelectedIndex(next);
        results.ensureIndexIsVisible(next);
    }

    private void openSelected() {
        SearchHit hit = results.getSelectedValue();
        if (!popup.isVisible() || hit == null || hit.kind() == null) {
            return;
        }
        popup.setVisible(false);
        RecordKind kind = switch (hit.kind()) {
            case CANDIDATE -> RecordKind.CANDIDATE;
            case EMPLOYER -> RecordKind.EMPLOYER;
            case JOB -> RecordKind.JOB;
        };
        opener.open(new RecordRef(kind, hit.id()));
    }

    /** Two-line cell: title, then kind and detail in a muted colour. */
    private final class HitRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            JLabel label = (JLabel) super.getListCellRendererComponent(list, value, index,
                    selected, focus);
            SearchHit hit = (SearchHit) value;
            if (hit.kind() == null) {
                label.setText("<html><i>" + escape(hit.title()) + "</i></html>");
                return label;
            }
            String kind = msg.get("app.search.kind." + hit.kind().name());
            label.setText("<html><b>" + escape(hit.title()) + "</b><br><span style='color:gray'>"
                    + escape(kind) + (hit.subtitle().isBlank() ? "" : " · " + escape(hit.subtitle()))
                    + "</span></html>");
            label.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
            return label;
        }
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
