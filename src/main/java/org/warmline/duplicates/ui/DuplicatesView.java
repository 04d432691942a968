package org.warmline.duplicates.ui;

import java.awt.Window;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.duplicates.DuplicatePair;
import org.warmline.duplicates.DuplicateService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskRunner;

/**
 * The Duplicates screen: candidate pairs that are probably one person, with why, and Merge
 * (Enter or double-click) to combine a pair field by field.
 */
public final class DuplicatesView implements NavView {
    static final int LIMIT = 500;
    private final DuplicateService duplicates;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[fill, grow]", "[][][grow, fill][]"));
    private final RecordListPanel<DuplicatePair> list;
    private final JButton merge;
    private boolean stale = true;

    public DuplicatesView(DuplicateService duplicates, Messages msg, TaskRunner tasks,
                          RecordOpener opener, AppEvents events) {
        this.duplicates = duplicates;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        panel.setName("duplicates");
        JLabel title = new JLabel(msg.get("duplicates.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title);
        panel.add(Forms.hint("<html>" + msg.get("duplicates.hint") + "</html>"),
                "wmin 0, gapbottom 10lp");
        list = new RecordListPanel<>("duplicates.list", msg, columns(msg), true);
        list.onOpen(this::merge);
        panel.add(list, "grow");
        merge = new JButton(msg.get("duplicates.list.merge"));
        merge.setName("duplicates.list.merge");
        merge.addActionListener(e -> mergeSelected());
        JButton refresh = new JButton(msg.get("duplicates.list.refresh"));
        refresh.setName("duplicates.list.refresh");
        refresh.addActionListener(e -> refresh());
        panel.add(merge, "split 2, growx 0, gaptop 8lp");
        panel.add(refresh, "growx 0, gaptop 8lp");
        list.table().getSelectionModel().addListSelectionListener(e -> enable());
        enable();
        events.subscribe(RecordChanged.class, e -> {
            stale = true;
            if (panel.isShowing()) {
                refresh();
            }
        });
    }

    private static List<Column<DuplicatePair>> columns(Messages msg) {
        return List.of(
                Column.<DuplicatePair>of(msg.get("duplicates.col.first"), String.class,
                        p -> p.first().name()).width(180),
                Column.<DuplicatePair>of(msg.get("duplicates.col.firstDetail"), String.class,
                        p -> detail(p.first())).width(240),
                Column.<DuplicatePair>of(msg.get("duplicates.col.second"), String.class,
                        p -> p.second().name()).width(180),
                Column.<DuplicatePair>of(msg.get("duplicates.col.secondDetail"), String.class,
                        p -> detail(p.second())).width(240),
                Column.<DuplicatePair>of(msg.get("duplicates.col.reasons"), String.class,
                        p -> p.reasons().stream().sorted().map(r -> msg.get(r.labelKey()))
                                .collect(Collectors.joining(", "))).width(200));
    }

    private static String detail(DuplicatePair.Side s) {
        return java.util.stream.Stream.of(s.email(), s.phone(), s.title())
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" · "));
    }

    private void enable() {
        merge.setEnabled(list.selected() != null);
    }

    private void mergeSelected() {
        DuplicatePair p = list.selected();
        if (p != null) {
            merge(p);
        }
    }

    private void merge(DuplicatePair pair) {
        Window owner = SwingUtilities.getWindowAncestor(panel);
        new MergeDialog(owner, duplicates, msg, tasks, opener).open(pair.first().id(),
                pair.second().id(), this::refresh);
    }

    /** Reloads the pairs off the EDT. */
    public void refresh() {
        stale = false;
        tasks.run(msg.get("duplicates.loading"), () -> duplicates.find(LIMIT), rows -> {
            list.setRows(rows);
            enable();
        });
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_DUPLICATES;
    }

    @Override
    public String id() {
        return "duplicates";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        if (stale) {
            refresh();
        }
    }

    @Override
    public void focus() {
        list.table().requestFocusInWindow();
    }
}
