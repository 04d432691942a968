package org.warmline.employer.ui;

import java.util.Arrays;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.Contact;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;

/** The fields of a contact person: name and role, how to reach them, notes. */
final class ContactForm extends JPanel {
    private static final long serialVersionUID = 1L;
    final JTextField firstName = Forms.textField("contact.form.firstName");
    final JTextField lastName = Forms.textField("contact.form.lastName");
    final JTextField role = Forms.textField("contact.form.role");
    final JTextField email = Forms.textField("contact.form.email");
    final JTextField phone = Forms.textField("contact.form.phone");
    final JTextArea postalAddress = Forms.textArea("contact.form.postalAddress", 3);
    final JTextField linkedInUrl = Forms.textField("contact.form.linkedInUrl");
    final JTextArea notes = Forms.textArea("contact.form.notes", 5);
    final transient FieldErrors errors;
    private transient List<String> loaded = List.of();

    ContactForm(Messages msg) {
        super(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 340lp]"));
        errors = new FieldErrors("contact.form", msg);
        add(Forms.section(msg.get("employer.contact.section.person")), "span, left, gapbottom 4lp");
        row(msg, "firstName", firstName);
        row(msg, "lastName", lastName);
        row(msg, "role", role);
        add(Forms.section(msg.get("employer.contact.section.reach")), "span, left, gaptop 8lp");
        row(msg, "email", email);
        row(msg, "phone", phone);
        JPanel linkedIn = new JPanel(new MigLayout("insets 0", "[grow, fill][]"));
        linkedIn.add(linkedInUrl);
        linkedIn.add(Browser.openButton("contact.form.linkedInUrl.open", linkedInUrl, msg,
                "employer.contact.linkedIn.open"));
        Forms.addRow(this, msg.get("employer.contact.field.linkedInUrl"), linkedIn,
                errors.label("linkedInUrl", linkedInUrl));
        Forms.addRow(this, msg.get("employer.contact.field.postalAddress"),
                new JScrollPane(postalAddress), errors.label("postalAddress", postalAddress));
        add(Forms.section(msg.get("employer.contact.section.notes")), "span, left, gaptop 8lp");
        Forms.addRow(this, msg.get("employer.contact.field.notes"), new JScrollPane(notes),
                errors.label("notes", notes));
    }

    private void row(Messages msg, String field, JTextField component) {
        Forms.addRow(this, msg.get("employer.contact.field." + field), component,
                errors.label(field, component));
    }

    /** Fills the fields and remembers them as unchanged. */
    void load(Contact c) {
        firstName.setText(c.firstName());
        lastName.setText(c.lastName());
        role.setText(c.role());
        email.setText(c.email());
        phone.setText(c.phone());
        postalAddress.setText(c.postalAddress());
        linkedInUrl.setText(c.linkedInUrl());
        notes.setText(c.notes());
        errors.clear();
        loaded = snapshot();
    }

    /** {@code base} with the fields' values. */
    Contact read(Contact base) {
        return base.withDetails(Forms.text(firstName), Forms.text(lastName), Forms.text(role),
                Forms.text(email), Forms.text(phone), Forms.text(postalAddress),
                Forms.text(linkedInUrl), Forms.text(notes));
    }

    boolean isDirty() {
        return !snapshot().equals(loaded);
    }

    private List<String> snapshot() {
        return Arrays.stream(new JTextComponent[] {firstName, lastName, role, email, phone,
                postalAddress, linkedInUrl, notes})
                .map(f -> f.getText() == null ? "" : f.getText().strip()).toList();
    }
}
