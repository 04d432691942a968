package org.warmline.report.ui;

import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JList;
import org.warmline.report.ReportDefinition;

/** A report in the list: its title in bold over its description, wrapped. */
final class ReportListCell extends javax.swing.DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;
    private static final int DESCRIPTION_WIDTH = 185;

    @Override
    public java.awt.Component getListCellRendererComponent(JList<?> l, Object value,
            int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(l, value, index, selected, focus);
        ReportDefinition def = (ReportDefinition) value;
        setText("<html><body style='width:" + DESCRIPTION_WIDTH + "px'><b>"
                + org.warmline.ui.list.Lists.esc(def.title()) + "</b><br>"
                + org.warmline.ui.list.Lists.esc(def.description()) + "</body></html>");
        setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        setFont(getFont().deriveFont(Font.PLAIN));
        return this;
    }
}
