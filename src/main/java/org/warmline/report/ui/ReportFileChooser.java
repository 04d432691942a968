package org.warmline.report.ui;

import java.awt.Component;
import java.nio.file.Path;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.table.XlsxChooser;

/** Asks where to save a workbook; null when the user cancelled. */
public interface ReportFileChooser {
    Path choose(Component parent, String suggestedName);

    /** The standard save dialog, named {@code report.chooser}. */
    static ReportFileChooser swing(Messages msg) {
        return (parent, suggested) -> XlsxChooser.choose(parent, "report.chooser",
                msg.get("report.chooser.title"), suggested);
    }
}
