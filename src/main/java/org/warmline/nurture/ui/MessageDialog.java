package org.warmline.nurture.ui;

import java.awt.Color;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.ActivityKind;
import org.warmline.nurture.Message;
import org.warmline.nurture.OutreachService;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.list.Lists;
import org.warmline.ui.task.TaskRunner;

/**
 * Shows one step's message merged from its template, lets the recruiter adjust it, and sends
 * it on: the mail client (mailto), an .eml draft, a .docx letter or the printer. Unknown or
 * empty merge fields are listed at the top and block every way out until they are fixed.
 */
final class MessageDialog {
    private final OutreachService outreach;
    private final Messages msg;
    private final TaskRunner tasks;
    private final Deliveries deliveries;
    private final JDialog dialog;
    private final JLabel problems = new JLabel();
    private final JLabel done = Forms.hint(" ");
    private final JTextField subject = Forms.textField("nurture.message.subject");
    private final JTextArea body = Forms.textArea("nurture.message.body", 16);
    private final JButton mail;
    private final JButton eml;
    private final JButton docx;
    private final JButton print;
    private final JButton copy;
    private final Message base;
    private Message current;

    MessageDialog(Window owner, OutreachService outreach, Messages msg, TaskRunner tasks,
                  Message message) {
        this.outreach = outreach;
        this.msg = msg;
        this.tasks = tasks;
        this.base = message;
        this.deliveries = new Deliveries(owner, msg);
        dialog = new JDialog(owner, msg.get("nurture.message.title", msg.get(message.kind().labelKey()),
                message.candidateName()), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("nurture.message");
        done.setName("nurture.message.done");
        mail = button("nurture.message.mail", this::mail);
        eml = button("nurture.message.eml", this::eml);
        docx = button("nurture.message.docx", this::docx);
        print = button("nurture.message.print", this::print);
        copy = button("nurture.message.copy", this::copy);
        JButton close = button("nurture.message.close", dialog::dispose);
        subject.setText(message.subject());
        body.setText(message.body());
        body.setCaretPosition(0);
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        dialog.setContentPane(layout(message, close));
        TextChanges.listen(subject, this::recheck);
        TextChanges.listen(body, this::recheck);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
        recheck();
        dialog.pack();
        Dialogs.fitToScreen(dialog, owner);
    }

    void show() {
        dialog.setVisible(true);
    }

    private JPanel layout(Message m, JButton close) {
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2, fill", "[right][grow, fill, 520lp]",
                "[][][][][grow, fill][][]"));
        problems.setName("nurture.message.problems");
        problems.setForeground(new Color(0xC6, 0x28, 0x28));
        p.add(problems, "span 2, left, hidemode 3");
        Forms.addRow(p, msg.get("nurture.message.to"), value("nurture.message.toValue",
                blank(m.to()) ? msg.get("nurture.message.noEmail") : m.to()));
        Forms.addRow(p, msg.get("nurture.message.address"), value("nurture.message.addressValue",
                m.hasAddress() ? m.postalAddress().replaceAll("\\R", ", ")
                        : msg.get("nurture.message.noAddress")));
        Forms.addRow(p, msg.get("nurture.message.subjectLabel"), subject);
        p.add(new JLabel(msg.get("nurture.message.bodyLabel")), "aligny top");
        p.add(new JScrollPane(body), "grow, h 260lp::");
        p.add(done, "skip 1, left");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][]20lp[][]push[]"));
        for (JButton b : List.of(mail, eml, copy, docx, print, close)) {
            buttons.add(b);
        }
        p.add(buttons, "span 2, growx, gaptop 8lp");
        return p;
    }

    private static JLabel value(String name, String text) {
        JLabel l = new JLabel(text);
        l.setName(name);
        return l;
    }

    private JButton button(String name, Runnable action) {
        return Buttons.named(msg, name, action);
    }

    private void recheck() {
        current = outreach.edited(base, Forms.text(subject) == null ? "" : subject.getText(),
                body.getText());
        List<String> issues = new ArrayList<>();
        current.unknown().forEach(f -> issues.add(msg.get("nurture.message.unknown", "{" + f + "}")));
        current.empty().forEach(f -> issues.add(msg.get("nurture.message.empty", "{" + f + "}")));
        problems.setText(issues.isEmpty() ? "" : "<html><b>" + Lists.esc(msg.get("nurture.message.fix"))
                + "</b><br>" + String.join("<br>", issues.stream().map(Lists::esc).toList()) + "</html>");
        problems.setVisible(!issues.isEmpty());
        boolean ok = current.ok();
        mail.setEnabled(ok && !blank(current.to()));
        eml.setEnabled(ok && !blank(current.to()));
        copy.setEnabled(ok);
        docx.setEnabled(ok && current.hasAddress());
        print.setEnabled(ok && current.hasAddress());
    }

    private void mail() {
        Message m = current;
        if (deliveries.openMail(outreach.mailto(m))) {
            logged(() -> outreach.recordSent(m, ActivityKind.EMAIL), "nurture.message.done.mail", null);
        }
    }

    private void eml() {
        Message m = current;
        Path file = deliveries.chooseFile(fileName(m, "eml"), "eml");
        if (file != null) {
            logged(() -> outreach.writeEml(m, file), "nurture.message.done.file", file);
        }
    }

    private void docx() {
        Message m = current;
        Path file = deliveries.chooseFile(fileName(m, "docx"), "docx");
        if (file != null) {
            logged(() -> outreach.writeLetters(List.of(m), file), "nurture.message.done.file", file);
        }
    }

    private void print() {
        Message m = current;
        tasks.run(msg.get("common.loading"), outreach::letterhead, letterhead -> {
            if (deliveries.print(List.of(m), letterhead)) {
                logged(() -> outreach.recordSent(m, ActivityKind.LETTER), "nurture.message.done.print", null);
            }
        });
    }

    private void copy() {
        Message m = current;
        deliveries.copy(m.body());
        logged(() -> outreach.recordSent(m, ActivityKind.NOTE), "nurture.message.done.copy", null);
    }

    private void logged(Runnable work, String doneKey, Path file) {
        tasks.run(msg.get("nurture.message.sending"), () -> {
            work.run();
            return file;
        }, f -> done.setText(msg.get(doneKey, f == null ? "" : f.toString())));
    }

    private static String fileName(Message m, String ext) {
        String name = (m.candidateName() + " - " + m.kind().name().toLowerCase(java.util.Locale.ROOT))
                .replaceAll("[\\\\/:*?\"<>|]", "_");
        return name + "." + ext;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
