package org.warmline.nurture.ui;

import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.OutreachService;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.task.TaskRunner;

/** The agency's wording of each message, its plan templates and its letterhead, on three tabs. */
final class TemplatesDialog {
    private final JDialog dialog;

    TemplatesDialog(Window owner, NurtureService nurture, OutreachService outreach, Messages msg,
                    TaskRunner tasks) {
        dialog = new JDialog(owner, msg.get("nurture.templates.title"),
                java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("nurture.templates");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("nurture.templates.tabs");
        tabs.addTab(msg.get("nurture.templates.messages"), new MessageTemplatesPanel(outreach, msg, tasks));
        tabs.addTab(msg.get("nurture.templates.plans"), new PlanTemplatePanel(nurture, msg, tasks));
        tabs.addTab(msg.get("nurture.templates.letterhead"), new LetterheadPanel(outreach, msg, tasks));
        JButton close = new JButton(msg.get("nurture.templates.close"));
        close.setName("nurture.templates.close");
        close.addActionListener(e -> dialog.dispose());
        JPanel root = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]",
                "[grow, fill][]"));
        root.add(tabs, "w 760lp, h 520lp");
        root.add(close, "right, growx 0");
        dialog.setContentPane(root);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        Dialogs.fitToScreen(dialog, owner);
    }

    void show() {
        dialog.setVisible(true);
    }
}
