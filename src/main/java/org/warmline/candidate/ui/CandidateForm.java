package org.warmline.candidate.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateStatus;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;

/** The "Details" tab of the candidate editor: every field, in sections, with inline errors. */
final class CandidateForm extends JPanel {
    private static final long serialVersionUID = 1L;
    final JTextField firstName = Forms.textField("candidate.form.firstName");
    final JTextField lastName = Forms.textField("candidate.form.lastName");
    final JTextField email = Forms.textField("candidate.form.email");
    final JTextField email2 = Forms.textField("candidate.form.email2");
    final JTextField phone = Forms.textField("candidate.form.phone");
    final JTextArea postalAddress = Forms.textArea("candidate.form.postalAddress", 3);
    final JTextField linkedInUrl = Forms.textField("candidate.form.linkedInUrl");
    final JButton linkedInOpen = new JButton();
    final JTextField currentTitle = Forms.textField("candidate.form.currentTitle");
    final JTextField skills = Forms.textField("candidate.form.skills");
    final JTextField source = Forms.textField("candidate.form.source");
    final JComboBox<Choice<RecruiterId>> owner = Forms.combo("candidate.form.owner");
    final JComboBox<Choice<CandidateStatus>> status = Forms.combo("candidate.form.status");
    final JTextArea notes = Forms.textArea("candidate.form.notes", 6);
    private final transient Messages msg;
    private final transient FieldErrors errors;
    private final transient List<Runnable> changeListeners = new ArrayList<>();

    CandidateForm(Messages msg) {
        super(new MigLayout("insets dialog, hidemode 3", "[right][grow, fill, 360lp]"));
        this.msg = msg;
        this.errors = new FieldErrors("candidate.form", msg);
        for (CandidateStatus s : CandidateStatus.values()) {
            status.addItem(new Choice<>(s, msg.get(s.labelKey())));
        }
        placeholders();
        layoutFields();
        listenForChanges();
    }

    private void placeholders() {
        linkedInUrl.putClientProperty("JTextField.placeholderText",
                msg.get("candidate.form.linkedInUrl.placeholder"));
        skills.putClientProperty("JTextField.placeholderText",
                msg.get("candidate.form.skills.placeholder"));
        source.putClientProperty("JTextField.placeholderText",
                msg.get("candidate.form.source.placeholder"));
        linkedInOpen.setName("candidate.form.linkedInOpen");
        linkedInOpen.setText(msg.get("candidate.form.linkedInOpen"));
        linkedInOpen.setToolTipText(msg.get("candidate.form.linkedInOpen.tooltip"));
        linkedInOpen.addActionListener(e -> openLinkedIn());
    }

    private void layoutFields() {
        section("candidate.form.section.name", false);
        row("firstName", firstName, firstName);
        row("lastName", lastName, lastName);
        section("candidate.form.section.contact", true);
        row("email", email, email);
        row("email2", email2, email2);
        row("phone", phone, phone);
        JPanel linkedIn = new JPanel(new MigLayout("insets 0", "[grow, fill][]"));
        linkedIn.add(linkedInUrl);
        linkedIn.add(linkedInOpen);
        row("linkedInUrl", linkedIn, linkedInUrl);
        section("candidate.form.section.address", true);
        row("postalAddress", new JScrollPane(postalAddress), postalAddress);
        section("candidate.form.section.work", true);
        row("currentTitle", currentTitle, currentTitle);
        row("skills", skills, skills);
        row("source", source, source);
        row("owner", owner, owner);
        row("status", status, status);
        section("candidate.form.section.notes", true);
        row("notes", new JScrollPane(notes), notes);
    }

    private void section(String key, boolean gap) {
        add(Forms.section(msg.get(key)), "span 2, left, wrap, gapbottom 4lp" + (gap ? ", gaptop 10lp" : ""));
    }

    private void row(String field, JComponent shown, JComponent input) {
        Forms.addRow(this, msg.get("candidate.form." + field), shown, errors.label(field, input));
    }

    private void listenForChanges() {
        DocumentListener documents = TextChanges.listener(this::changed);
        for (JTextComponent c : textComponents()) {
            c.getDocument().addDocumentListener(documents);
        }
        owner.addItemListener(e -> changed());
        status.addItemListener(e -> changed());
    }

    private List<JTextComponent> textComponents() {
        return List.of(firstName, lastName, email, email2, phone, postalAddress, linkedInUrl,
                currentTitle, skills, source, notes);
    }

    private void changed() {
        linkedInOpen.setEnabled(linkedInUri() != null && canBrowse());
        changeListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after every edit of any field. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    FieldErrors errors() {
        return errors;
    }

    /** Fills the owner choices and every field. */
    void show(CandidateFormValues v, List<Recruiter> recruiters) {
        owner.removeAllItems();
        owner.addItem(new Choice<>(null, msg.get("candidate.form.owner.none")));
        for (Recruiter r : recruiters) {
            if (r.active() || r.id().equals(v.owner())) {
                owner.addItem(new Choice<>(r.id(), r.displayName()));
            }
        }
        setText(firstName, v.firstName());
        setText(lastName, v.lastName());
        setText(email, v.email());
        setText(email2, v.email2());
        setText(phone, v.phone());
        setText(postalAddress, v.postalAddress());
        setText(linkedInUrl, v.linkedInUrl());
        setText(currentTitle, v.currentTitle());
        setText(skills, v.skills());
        setText(source, v.source());
        setText(notes, v.notes());
        select(owner, v.owner());
        select(status, v.status());
        changed();
    }

    /** The fields' current values. */
    CandidateFormValues values() {
        return new CandidateFormValues(firstName.getText(), lastName.getText(), email.getText(),
                email2.getText(), phone.getText(), postalAddress.getText(), linkedInUrl.getText(),
                currentTitle.getText(), skills.getText(), source.getText(), selected(owner),
                selected(status), notes.getText());
    }

    private static void setText(JTextComponent c, String text) {
        c.setText(text);
        c.setCaretPosition(0);
    }

    private static <T> void select(JComboBox<Choice<T>> combo, T value) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            T item = combo.getItemAt(i).value();
            if (item == null ? value == null : item.equals(value)) {
                combo.setSelectedIndex(i);
                return;
            }
        }
    }

    private static <T> T selected(JComboBox<Choice<T>> combo) {
        int index = combo.getSelectedIndex();
        return index < 0 ? null : combo.getItemAt(index).value();
    }

    private URI linkedInUri() {
        String text = Forms.text(linkedInUrl);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.matches("(?i)^https?://.*") ? text : "https://" + text);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean canBrowse() {
        return Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    }

    private void openLinkedIn() {
        URI uri = linkedInUri();
        if (uri == null || !canBrowse()) {
            return;
        }
        try {
            Desktop.getDesktop().browse(uri);
        } catch (IOException | UnsupportedOperationException e) {
            JOptionPane.showMessageDialog(this, msg.get("candidate.editor.browseFailed"),
                    msg.get("candidate.form.linkedInUrl"), JOptionPane.WARNING_MESSAGE);
        }
    }
}
