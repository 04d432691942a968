package org.warmline.employer.ui;

import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.Employer;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;

/** The Details tab of the employer editor: company, how to reach it, notes. */
final class EmployerForm extends JPanel {
    private static final long serialVersionUID = 1L;
    final JTextField name = Forms.textField("employer.form.name");
    final JTextField website = Forms.textField("employer.form.website");
    final JTextField phone = Forms.textField("employer.form.phone");
    final JTextField industry = Forms.textField("employer.form.industry");
    final JTextArea postalAddress = Forms.textArea("employer.form.postalAddress", 3);
    final JTextArea notes = Forms.textArea("employer.form.notes", 6);
    final transient FieldErrors errors;
    private final JLabel stamp = Forms.hint(" ");
    private final transient Messages msg;
    private transient List<String> loaded = List.of();

    EmployerForm(Messages msg) {
        super(new MigLayout("wrap 2, insets dialog, hidemode 3", "[right][grow, fill, 360lp]"));
        this.msg = msg;
        errors = new FieldErrors("employer.form", msg);
        add(Forms.section(msg.get("employer.form.section.company")), "span, left, gapbottom 4lp");
        Forms.addRow(this, msg.get("employer.field.name"), name, errors.label("name", name));
        Forms.addRow(this, msg.get("employer.field.industry"), industry,
                errors.label("industry", industry));
        add(Forms.section(msg.get("employer.form.section.reach")), "span, left, gaptop 8lp");
        JPanel web = new JPanel(new MigLayout("insets 0", "[grow, fill][]"));
        web.add(website);
        web.add(Browser.openButton("employer.form.website.open", website, msg,
                "employer.form.website.open"));
        Forms.addRow(this, msg.get("employer.field.website"), web,
                errors.label("website", website));
        Forms.addRow(this, msg.get("employer.field.phone"), phone, errors.label("phone", phone));
        JScrollPane address = new JScrollPane(postalAddress);
        Forms.addRow(this, msg.get("employer.field.postalAddress"), address,
                errors.label("postalAddress", postalAddress));
        add(Forms.section(msg.get("employer.form.section.notes")), "span, left, gaptop 8lp");
        JScrollPane notesPane = new JScrollPane(notes);
        Forms.addRow(this, msg.get("employer.field.notes"), notesPane,
                errors.label("notes", notes));
        add(stamp, "skip, growx");
        snapshotLoaded();
    }

    /** Fills the fields from a saved employer and remembers them as unchanged. */
    void load(Employer e) {
        name.setText(e.name());
        website.setText(e.website());
        phone.setText(e.phone());
        industry.setText(e.industry());
        postalAddress.setText(e.postalAddress());
        notes.setText(e.notes());
        stamp.setText(e.createdAt() == null ? " "
                : msg.get("employer.editor.created", Formats.dateTime(e.createdAt())) + "   ·   "
                + msg.get("employer.editor.updated", Formats.dateTime(e.updatedAt())));
        errors.clear();
        snapshotLoaded();
    }

    /** The employer as edited: {@code base} with the fields' values, or a draft when null. */
    Employer read(Employer base) {
        if (base == null) {
            return Employer.draft(Forms.text(name), Forms.text(website), Forms.text(phone),
                    Forms.text(postalAddress), Forms.text(industry), Forms.text(notes));
        }
        return base.withDetails(Forms.text(name), Forms.text(website), Forms.text(phone),
                Forms.text(postalAddress), Forms.text(industry), Forms.text(notes));
    }

    boolean isDirty() {
        return !snapshot().equals(loaded);
    }

    private void snapshotLoaded() {
        loaded = snapshot();
    }

    private List<String> snapshot() {
        return Arrays.stream(new JTextComponent[] {name, website, phone, industry, postalAddress,
                notes}).map(f -> f.getText() == null ? "" : f.getText().strip()).toList();
    }
}
