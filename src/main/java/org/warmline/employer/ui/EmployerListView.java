package org.warmline.employer.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerSummary;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;

/** The Employers screen of the sidebar: every employer, filterable, sortable, openable. */
final class EmployerListView implements NavView {
    private final EmployerUi ui;
    private final JPanel panel;
    private final RecordListPanel<EmployerSummary> list;
    private boolean loaded;

    EmployerListView(EmployerUi ui, Consumer<EmployerId> open, Runnable createNew) {
        this.ui = ui;
        list = new RecordListPanel<>("employer.list", ui.msg(), columns(), true);
        list.onOpen(row -> open.accept(row.id()));
        panel = new JPanel(new MigLayout("insets 16 20 12 20, fill, wrap 1", "[grow, fill]",
                "[][grow, fill]"));
        panel.setName("employers");
        panel.add(header(createNew), "growx, gapbottom 10lp");
        panel.add(list, "grow");
    }

    private JComponent header(Runnable createNew) {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][]", "[]0[]"));
        JLabel title = new JLabel(ui.msg().get("employer.list.title"));
        title.setName("employer.list.title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JButton add = new JButton(ui.msg().get("employer.list.new"));
        add.setName("employer.list.new");
        add.putClientProperty("JButton.buttonType", "default");
        add.addActionListener(e -> createNew.run());
        header.add(title);
        header.add(add, "spany 2, aligny center, wrap");
        header.add(Forms.hint(ui.msg().get("employer.list.subtitle")));
        return header;
    }

    private List<Column<EmployerSummary>> columns() {
        var msg = ui.msg();
        return List.of(
                Column.<EmployerSummary>of(msg.get("employer.list.column.name"), String.class,
                        EmployerSummary::name).width(260),
                Column.<EmployerSummary>of(msg.get("employer.list.column.industry"),
                        String.class, EmployerSummary::industry).width(160),
                Column.<EmployerSummary>of(msg.get("employer.list.column.contacts"),
                        Integer.class, EmployerSummary::contactCount).width(80),
                Column.<EmployerSummary>of(msg.get("employer.list.column.openJobs"),
                        Integer.class, EmployerSummary::openJobCount).width(80),
                Column.<EmployerSummary>of(msg.get("employer.list.column.updated"),
                        Instant.class, EmployerSummary::updatedAt).width(150));
    }

    /** Reloads the list if it has been shown before; called when employers change. */
    void refreshIfLoaded() {
        if (loaded) {
            reload();
        }
    }

    private void reload() {
        loaded = true;
        ui.tasks().run(ui.msg().get("employer.list.loading"), ui.employers()::list,
                list::setRows);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_EMPLOYERS;
    }

    @Override
    public String id() {
        return "employers";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        reload();
    }

    @Override
    public void focus() {
        list.filterField().requestFocusInWindow();
    }
}
