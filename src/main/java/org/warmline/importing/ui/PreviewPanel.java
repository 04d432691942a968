package org.warmline.importing.ui;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.warmline.importing.ImportPreview;
import org.warmline.platform.i18n.Messages;

/** The first rows of the file under their headers, read-only. */
final class PreviewPanel {
    private final DefaultTableModel model = new DefaultTableModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable table = new JTable(model);
    private final JScrollPane scroll = new JScrollPane(table);

    PreviewPanel(Messages msg) {
        table.setName("importing.wizard.preview");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.getAccessibleContext().setAccessibleName(msg.get("importing.wizard.previewName"));
    }

    JComponent component() {
        return scroll;
    }

    void show(ImportPreview p) {
        model.setDataVector(new Object[0][], p.header().toArray());
        for (List<String> row : p.rows()) {
            model.addRow(row.toArray());
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(140);
        }
    }
}
