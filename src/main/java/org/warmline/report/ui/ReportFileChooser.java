package org.warmline.report.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.warmline.platform.i18n.Messages;

/** Asks where to save a workbook; null when the user cancelled. */
public interface ReportFileChooser {
    Path choose(Component parent, String suggestedName);

    /** The standard save dialog, named {@code report.chooser}; adds ".xlsx" when missing. */
    static ReportFileChooser swing(Messages msg) {
        return (parent, suggested) -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setName("report.chooser");
            chooser.setDialogTitle(msg.get("report.chooser.title"));
            chooser.setFileFilter(new FileNameExtensionFilter("Excel (.xlsx)", "xlsx"));
            chooser.setSelectedFile(new File(suggested));
            if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return null;
            }
            Path file = chooser.getSelectedFile().toPath();
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file
                    : file.resolveSibling(file.getFileName() + ".xlsx");
        };
    }
}
