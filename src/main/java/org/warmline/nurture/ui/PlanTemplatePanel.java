package org.warmline.nurture.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.warmline.nurture.NurtureChannel;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.PlanKind;
import org.warmline.nurture.StepKind;
import org.warmline.nurture.TemplateStep;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/** Edits which steps a new plan gets: kind, channel and days after the plan starts. */
final class PlanTemplatePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient NurtureService nurture;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final JComboBox<PlanKind> plan = Forms.combo("nurture.templates.planKind", PlanKind.values());
    private final StepsModel model;
    private final JTable table;
    private final JLabel state = Forms.hint(" ");

    PlanTemplatePanel(NurtureService nurture, Messages msg, TaskRunner tasks) {
        super(new MigLayout("insets 10, fill, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        this.nurture = nurture;
        this.msg = msg;
        this.tasks = tasks;
        this.model = new StepsModel();
        this.table = new JTable(model);
        plan.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list,
                    Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? ""
                        : msg.get(((PlanKind) value).labelKey()), index, selected, focus);
            }
        });
        table.setName("nurture.templates.steps");
        table.setRowHeight(26);
        JComboBox<StepKind> kinds = new JComboBox<>(StepKind.values());
        JComboBox<NurtureChannel> channels = new JComboBox<>(NurtureChannel.values());
        kinds.setRenderer(labels());
        channels.setRenderer(labels());
        table.getColumnModel().getColumn(0).setCellEditor(new DefaultCellEditor(kinds));
        table.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(channels));
        table.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(label(value));
            }
        });
        add(plan, "growx 0, w 240lp");
        add(new JScrollPane(table));
        add(button("nurture.templates.add", this::addStep), "split 4, growx 0");
        add(button("nurture.templates.remove", this::removeStep), "growx 0");
        add(state, "growx");
        add(button("nurture.templates.savePlan", this::save), "growx 0");
        plan.addActionListener(e -> load());
        load();
    }

    private String label(Object value) {
        return value instanceof StepKind k ? msg.get(k.labelKey())
                : value instanceof NurtureChannel c ? msg.get(c.labelKey()) : String.valueOf(value);
    }

    private javax.swing.ListCellRenderer<Object> labels() {
        return new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list,
                    Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, label(value), index, selected, focus);
            }
        };
    }

    private JButton button(String name, Runnable action) {
        return Buttons.named(msg, name, action);
    }

    private void load() {
        PlanKind kind = (PlanKind) plan.getSelectedItem();
        tasks.run(msg.get("common.loading"), () -> nurture.template(kind), model::set);
    }

    private void addStep() {
        model.add(new TemplateStep(StepKind.CHECK_IN_30, NurtureChannel.EMAIL, 30));
    }

    private void removeStep() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            model.remove(row);
        }
    }

    private void save() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        PlanKind kind = (PlanKind) plan.getSelectedItem();
        List<TemplateStep> steps = model.steps();
        tasks.run(msg.get("today.saving"), () -> {
            nurture.saveTemplate(kind, steps);
            return steps.size();
        }, n -> state.setText(msg.get("nurture.templates.planSaved", n)));
    }

    /** The editable rows: kind, channel, days. */
    private final class StepsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final List<TemplateStep> rows = new ArrayList<>();

        void set(List<TemplateStep> steps) {
            rows.clear();
            rows.addAll(steps);
            fireTableDataChanged();
        }

        void add(TemplateStep s) {
            rows.add(s);
            fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
        }

        void remove(int row) {
            rows.remove(row);
            fireTableRowsDeleted(row, row);
        }

        List<TemplateStep> steps() {
            return List.copyOf(rows);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return msg.get("nurture.templates.col." + column);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 2 ? Integer.class : Object.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return true;
        }

        @Override
        public Object getValueAt(int row, int column) {
            TemplateStep s = rows.get(row);
            return switch (column) {
                case 0 -> s.kind();
                case 1 -> s.channel();
                default -> s.offsetDays();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            TemplateStep s = rows.get(row);
            rows.set(row, switch (column) {
                case 0 -> new TemplateStep((StepKind) value, s.channel(), s.offsetDays());
                case 1 -> new TemplateStep(s.kind(), (NurtureChannel) value, s.offsetDays());
                default -> new TemplateStep(s.kind(), s.channel(), value == null ? 0 : (Integer) value);
            });
            fireTableRowsUpdated(row, row);
        }
    }
}
