package org.warmline.nurture.ui;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.nurture.Letterhead;
import org.warmline.nurture.OutreachService;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/** The agency's name, address and contact details printed at the top of its letters. */
final class LetterheadPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient OutreachService outreach;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final JTextField name = Forms.textField("nurture.letterhead.agencyName");
    private final JTextArea address = Forms.textArea("nurture.letterhead.address", 4);
    private final JTextField phone = Forms.textField("nurture.letterhead.phone");
    private final JTextField email = Forms.textField("nurture.letterhead.email");
    private final JTextField website = Forms.textField("nurture.letterhead.website");
    private final JLabel state = Forms.hint(" ");
    private final FieldErrors errors;
    private transient Letterhead current;

    LetterheadPanel(OutreachService outreach, Messages msg, TaskRunner tasks) {
        super(new MigLayout("insets 10, wrap 2", "[right][grow, fill, 360lp]"));
        this.outreach = outreach;
        this.msg = msg;
        this.tasks = tasks;
        this.errors = new FieldErrors("nurture.letterhead", msg);
        Forms.addRow(this, msg.get("nurture.letterhead.agencyNameLabel"), name, errors.label("agencyName", name));
        Forms.addRow(this, msg.get("nurture.letterhead.addressLabel"), new JScrollPane(address),
                errors.label("address", address));
        Forms.addRow(this, msg.get("nurture.letterhead.phoneLabel"), phone, errors.label("phone", phone));
        Forms.addRow(this, msg.get("nurture.letterhead.emailLabel"), email, errors.label("email", email));
        Forms.addRow(this, msg.get("nurture.letterhead.websiteLabel"), website, errors.label("website", website));
        JButton save = new JButton(msg.get("nurture.letterhead.save"));
        save.setName("nurture.letterhead.save");
        save.addActionListener(e -> save());
        add(state, "skip 1, split 2, growx");
        add(save, "growx 0");
        tasks.run(msg.get("common.loading"), outreach::letterhead, this::show);
    }

    private void show(Letterhead l) {
        current = l;
        name.setText(l.agencyName());
        address.setText(l.address());
        phone.setText(l.phone());
        email.setText(l.email());
        website.setText(l.website());
    }

    private void save() {
        Letterhead edited = new Letterhead(Forms.text(name), Forms.text(address), Forms.text(phone),
                Forms.text(email), Forms.text(website), current == null ? 0 : current.version());
        errors.clear();
        tasks.run(msg.get("today.saving"), () -> outreach.saveLetterhead(edited), saved -> {
            show(saved);
            state.setText(msg.get("nurture.letterhead.saved"));
        }, failure -> {
            if (failure instanceof ValidationException e) {
                errors.show(e.byField());
            } else {
                state.setText(msg.get("nurture.templates.failed", failure.getMessage()));
            }
        });
    }
}
