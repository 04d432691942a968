package org.warmline.importing.ui;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.warmline.importing.DuplicatePolicy;
import org.warmline.importing.ImportField;
import org.warmline.importing.ImportFileException;
import org.warmline.importing.ImportPreview;
import org.warmline.importing.ImportProgress;
import org.warmline.importing.ImportRequest;
import org.warmline.importing.ImportResult;
import org.warmline.importing.ImportService;
import org.warmline.importing.ImportType;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/**
 * File → Import: choose a file and what it holds, check the preview and the column mapping
 * (guessed from the headers), import with progress and Cancel, and read the outcome.
 */
public final class ImportWizard {
    static final int PREVIEW_ROWS = 8;
    private final ImportService imports;
    private final Messages msg;
    private final TaskRunner tasks;
    private final JDialog dialog;
    private final CardLayout cards = new CardLayout();
    private final JPanel steps = new JPanel(cards);
    private final JTextField file = Forms.textField("importing.wizard.file");
    private final JComboBox<ImportType> type = Forms.combo("importing.wizard.type", ImportType.values());
    private final JComboBox<DuplicatePolicy> duplicates =
            Forms.combo("importing.wizard.duplicates", DuplicatePolicy.values());
    private final JLabel fileProblem = new JLabel(" ");
    private final JLabel format = Forms.hint(" ");
    private final MappingTableModel mapping;
    private final PreviewPanel preview;
    private final JProgressBar bar = new JProgressBar();
    private final JLabel progressText = new JLabel(" ");
    private final JLabel outcome = new JLabel(" ");
    private final JButton back;
    private final JButton next;
    private final JButton cancel;
    private final AtomicBoolean stop = new AtomicBoolean();
    private String step = "file";

    public ImportWizard(Window owner, ImportService imports, Messages msg, TaskRunner tasks) {
        this.imports = imports;
        this.msg = msg;
        this.tasks = tasks;
        dialog = new JDialog(owner, msg.get("importing.wizard.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("importing.wizard");
        mapping = new MappingTableModel(msg);
        preview = new PreviewPanel(msg);
        back = button("importing.wizard.back", e -> show("file"));
        next = button("importing.wizard.next", e -> next());
        cancel = button("importing.wizard.cancel", e -> cancel());
        type.setRenderer(labels(v -> msg.get(((ImportType) v).labelKey())));
        duplicates.setRenderer(labels(v -> msg.get(((DuplicatePolicy) v).labelKey())));
        steps.add(fileStep(), "file");
        steps.add(mappingStep(), "mapping");
        steps.add(progressStep(), "progress");
        steps.add(doneStep(), "done");
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[fill, grow]",
                "[][grow, fill][]"));
        JLabel heading = new JLabel(msg.get("importing.wizard.heading"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        content.add(heading);
        content.add(steps, "w 820lp, h 460lp");
        content.add(back, "split 3, tag back, growx 0");
        content.add(next, "tag next, growx 0");
        content.add(cancel, "tag cancel, growx 0");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(next);
        Dialogs.closeOnEscape(dialog, this::cancel);
        show("file");
    }

    private JButton button(String name, java.awt.event.ActionListener action) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.addActionListener(action);
        return b;
    }

    private JPanel fileStep() {
        JPanel p = new JPanel(new MigLayout("insets 12 0 0 0, wrap 2", "[right][grow, fill]"));
        p.add(Forms.hint(msg.get("importing.wizard.fileHint")), "span 2, left, gapbottom 12lp");
        p.add(new JLabel(msg.get("importing.wizard.fileLabel")));
        p.add(file, "split 2, growx");
        p.add(button("importing.wizard.browse", e -> browse()), "growx 0");
        p.add(fileProblem, "skip, growx");
        fileProblem.setName("importing.wizard.fileProblem");
        fileProblem.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));
        Forms.addRow(p, msg.get("importing.wizard.typeLabel"), type);
        Forms.addRow(p, msg.get("importing.wizard.duplicatesLabel"), duplicates);
        p.add(Forms.hint(msg.get("importing.wizard.linkedInHint")), "skip, gaptop 16lp");
        return p;
    }

    private JPanel mappingStep() {
        JPanel p = new JPanel(new MigLayout("insets 12 0 0 0, fill, wrap 1", "[fill, grow]",
                "[][grow 60, fill][][grow 40, fill]"));
        format.setName("importing.wizard.format");
        p.add(format);
        p.add(preview.component());
        p.add(Forms.section(msg.get("importing.wizard.mappingHeading")), "gaptop 8lp");
        JTable table = new JTable(mapping);
        table.setName("importing.wizard.mapping");
        table.setRowHeight(table.getRowHeight() + 6);
        JComboBox<ImportField> fields = new JComboBox<>(ImportField.values());
        fields.setRenderer(labels(v -> msg.get(((ImportField) v).labelKey())));
        table.getColumnModel().getColumn(MappingTableModel.FIELD)
                .setCellEditor(new DefaultCellEditor(fields));
        table.getColumnModel().getColumn(MappingTableModel.FIELD).setCellRenderer(
                new DefaultTableCellRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void setValue(Object value) {
                        setText(value == null ? "" : msg.get(((ImportField) value).labelKey()));
                    }
                });
        p.add(new JScrollPane(table));
        return p;
    }

    private JPanel progressStep() {
        JPanel p = new JPanel(new MigLayout("insets 40 20 0 20, wrap 1", "[fill, grow]"));
        bar.setName("importing.wizard.progress");
        bar.setStringPainted(true);
        progressText.setName("importing.wizard.progressText");
        p.add(new JLabel(msg.get("importing.wizard.importing")));
        p.add(bar, "h 22lp");
        p.add(progressText);
        return p;
    }

    private JPanel doneStep() {
        JPanel p = new JPanel(new MigLayout("insets 24 8 0 8, wrap 1", "[fill, grow]"));
        outcome.setName("importing.wizard.outcome");
        outcome.putClientProperty("FlatLaf.styleClass", "large");
        p.add(outcome);
        return p;
    }

    /** Shows the wizard (modal). */
    public void open() {
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        dialog.setVisible(true);
    }

    private void show(String name) {
        step = name;
        cards.show(steps, name);
        back.setVisible(name.equals("mapping"));
        next.setVisible(name.equals("file") || name.equals("mapping"));
        next.setEnabled(true);
        next.setText(msg.get(name.equals("mapping") ? "importing.wizard.import" : "importing.wizard.next"));
        cancel.setText(msg.get(name.equals("done") ? "common.close" : "common.cancel"));
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(msg.get("importing.wizard.filter"),
                "csv", "txt", "tsv", "xlsx"));
        if (chooser.showOpenDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            file.setText(chooser.getSelectedFile().getPath());
        }
    }

    private void next() {
        if (step.equals("mapping")) {
            start();
            return;
        }
        String path = file.getText().strip();
        if (path.isEmpty()) {
            fileProblem.setText(msg.get("validation.required"));
            return;
        }
        next.setEnabled(false);
        tasks.run(msg.get("importing.wizard.reading"), () -> imports.preview(Path.of(path),
                PREVIEW_ROWS), this::showPreview, e -> {
                    next.setEnabled(true);
                    fileProblem.setText(explain(e));
                });
    }

    private void showPreview(ImportPreview p) {
        fileProblem.setText(" ");
        mapping.setPreview(p);
        preview.show(p);
        format.setText(msg.get(p.linkedIn() ? "importing.wizard.formatLinkedIn"
                : "importing.wizard.formatOther", p.format()));
        show("mapping");
    }

    private void start() {
        ImportRequest request = new ImportRequest(Path.of(file.getText().strip()),
                (ImportType) type.getSelectedItem(), mapping.mapping(),
                (DuplicatePolicy) duplicates.getSelectedItem(), false);
        stop.set(false);
        bar.setValue(0);
        show("progress");
        tasks.run(msg.get("importing.wizard.importing"), () -> imports.run(request, progress()),
                this::finished, e -> {
                    outcome.setText(html(explain(e)));
                    show("done");
                });
    }

    private ImportProgress progress() {
        return new ImportProgress() {
            @Override
            public void rows(int done, int total) {
                SwingUtilities.invokeLater(() -> {
                    bar.setMaximum(Math.max(total, 1));
                    bar.setValue(done);
                    progressText.setText(msg.get("importing.wizard.rows", done, total));
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    private void finished(ImportResult r) {
        StringBuilder b = new StringBuilder(msg.get(r.cancelled() ? "importing.wizard.cancelled"
                : "importing.wizard.done", r.imported(), r.skipped(), r.duplicates()));
        if (r.errorReport() != null) {
            b.append("<br><br>").append(msg.get("importing.wizard.report", r.errorReport()));
        }
        outcome.setText(html(b.toString()));
        show("done");
    }

    private void cancel() {
        if (step.equals("progress")) {
            stop.set(true);
            progressText.setText(msg.get("importing.wizard.stopping"));
        } else {
            dialog.dispose();
        }
    }

    private String explain(Throwable e) {
        if (e instanceof ImportFileException f) {
            return msg.get(f.key(), f.args());
        }
        if (e.getCause() instanceof java.nio.file.NoSuchFileException
                || e instanceof java.nio.file.InvalidPathException) {
            return msg.get("importing.wizard.noFile");
        }
        return String.valueOf(e.getMessage());
    }

    private static String html(String text) {
        return "<html><div style='width:560px'>" + text.replace("&", "&amp;").replace("<br>", "\n")
                .replace("<", "&lt;").replace("\n", "<br>") + "</div></html>";
    }

    private static DefaultListCellRenderer labels(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                setText(value == null ? "" : text.apply(value));
                return this;
            }
        };
    }
}
