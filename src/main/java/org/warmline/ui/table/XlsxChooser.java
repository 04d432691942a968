package org.warmline.ui.table;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The save dialog for Excel workbooks; adds ".xlsx" when the name has no such ending. */
public final class XlsxChooser {
    private XlsxChooser() {
    }

    /** The chosen file, or null when cancelled; the chooser is named {@code name} for tests. */
    public static Path choose(Component parent, String name, String title, String suggested) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(name);
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter("Excel (.xlsx)", "xlsx"));
        chooser.setSelectedFile(new File(suggested));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path file = chooser.getSelectedFile().toPath();
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file
                : file.resolveSibling(file.getFileName() + ".xlsx");
    }
}
