package org.warmline.ui.table;

import java.awt.Container;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.swing.JTable;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.task.TaskRunner;

/**
 * The "Export list" command (Ctrl+E): asks for a file and writes the list the current screen
 * shows, filtered and sorted, as an .xlsx workbook.
 */
public final class ListExporter {
    private final Messages msg;
    private final TaskRunner tasks;

    public ListExporter(Messages msg, TaskRunner tasks) {
        this.msg = msg;
        this.tasks = tasks;
    }

    /** Exports the main list inside {@code screen}; {@code name} names the sheet and file. */
    public void export(Container screen, String name) {
        JTable table = TableExport.mainTable(screen).orElse(null);
        if (table == null) {
            Dialogs.info(screen, msg.get("action.LIST_EXPORT.name"),
                    msg.get("action.LIST_EXPORT.noList"));
            return;
        }
        TableExport.Snapshot rows = TableExport.snapshot(table);
        Path target = XlsxChooser.choose(screen, "list.export.chooser",
                msg.get("action.LIST_EXPORT.name").replace("&", ""),
                name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + LocalDate.now() + ".xlsx");
        if (target == null) {
            return;
        }
        tasks.run(msg.get("action.LIST_EXPORT.busy"), () -> TableExport.write(rows, name, target),
                n -> Dialogs.info(screen, msg.get("action.LIST_EXPORT.name"),
                        msg.get("action.LIST_EXPORT.done", n, target)));
    }
}
