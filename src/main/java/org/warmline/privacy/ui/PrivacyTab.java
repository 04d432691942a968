package org.warmline.privacy.ui;

import java.awt.Component;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.privacy.ConsentMethod;
import org.warmline.privacy.ConsentRecord;
import org.warmline.privacy.LawfulBasis;
import org.warmline.privacy.NewConsent;
import org.warmline.privacy.PrivacyProfile;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;

/**
 * The "Privacy" tab of the candidate editor: lawful basis and do-not-contact, the consent
 * record (record, withdraw), and the person's rights (access export, erasure).
 */
final class PrivacyTab implements RecordTab {
    private final PrivacyActions actions;
    private final Messages msg;
    private final JPanel root = new JPanel(new MigLayout("insets 12 16 12 16, fillx, wrap 1",
            "[grow, fill]", "[][][][][grow, fill][][][]"));
    private final JLabel status = new JLabel(" ");
    private final JComboBox<LawfulBasis> basis = Forms.combo("privacy.tab.basis",
            LawfulBasis.values());
    private final JLabel source = new JLabel(" ");
    private final JCheckBox doNotContact = new JCheckBox();
    private final JButton save = new JButton();
    private final JLabel saved = Forms.hint(" ");
    private final RecordTableModel<ConsentRecord> consents;
    private final JTable consentTable;
    private final JTextField purpose = Forms.textField("privacy.tab.consent.purpose");
    private final JTextField wording = Forms.textField("privacy.tab.consent.wording");
    private final JComboBox<ConsentMethod> obtained = Forms.combo("privacy.tab.consent.obtained",
            ConsentMethod.values());
    private final JButton record = new JButton();
    private final JButton withdraw = new JButton();
    private final JButton export = new JButton();
    private final JButton erase = new JButton();
    private final FieldErrors errors;
    private PrivacyProfile profile;

    PrivacyTab(PrivacyActions actions, Messages msg) {
        this.actions = actions;
        this.msg = msg;
        this.errors = new FieldErrors("privacy.tab.consent", msg);
        consents = new RecordTableModel<>(List.of(
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.purpose"), String.class,
                        ConsentRecord::purpose).width(220),
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.given"), String.class,
                        c -> Formats.dateTime(c.givenAt())).width(120),
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.wording"), String.class,
                        ConsentRecord::wordingVersion).width(80),
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.obtained"), String.class,
                        c -> msg.get(c.obtainedVia().labelKey())).width(110),
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.withdrawn"), String.class,
                        c -> c.withdrawnAt() == null ? "" : Formats.dateTime(c.withdrawnAt()))
                        .width(120),
                Column.<ConsentRecord>of(msg.get("privacy.tab.consent.by"), String.class,
                        ConsentRecord::recordedBy).width(70)));
        consentTable = new JTable(consents);
        build();
    }

    private void build() {
        status.setName("privacy.tab.status");
        source.setName("privacy.tab.source");
        labelled(basis, LawfulBasis::labelKey);
        labelled(obtained, ConsentMethod::labelKey);
        doNotContact.setName("privacy.tab.doNotContact");
        doNotContact.setText(msg.get("privacy.tab.doNotContact"));
        button(save, "privacy.tab.save", this::saveSettings);
        saved.setName("privacy.tab.saved");
        basis.addActionListener(e -> updateEnablement());
        doNotContact.addActionListener(e -> updateEnablement());
        root.add(status, "gapbottom 6lp");
        root.add(Forms.section(msg.get("privacy.tab.heading.basis")));
        root.add(basisForm());
        root.add(Forms.section(msg.get("privacy.tab.heading.consent")), "gaptop 10lp");
        consentTable.setName("privacy.tab.consents");
        consentTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        consentTable.setFillsViewportHeight(true);
        consents.applyWidths(consentTable);
        consentTable.getSelectionModel().addListSelectionListener(e -> updateEnablement());
        JScrollPane scroll = new JScrollPane(consentTable);
        scroll.setPreferredSize(new java.awt.Dimension(640, 110));
        root.add(scroll, "grow, hmin 80lp");
        root.add(consentForm());
        root.add(Forms.section(msg.get("privacy.tab.heading.rights")), "gaptop 10lp");
        root.add(rights());
    }

    private JPanel basisForm() {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]"));
        Forms.addRow(form, msg.get("privacy.tab.basis"), basis);
        Forms.addRow(form, msg.get("privacy.tab.source"), source);
        form.add(doNotContact, "skip, wrap");
        form.add(save, "skip, split 2, growx 0, sizegroup b");
        form.add(saved, "gapleft 8lp");
        return form;
    }

    private JPanel consentForm() {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]"));
        purpose.putClientProperty("JTextField.placeholderText",
                msg.get("privacy.tab.consent.purpose.placeholder"));
        wording.putClientProperty("JTextField.placeholderText",
                msg.get("privacy.tab.consent.wording.placeholder"));
        Forms.addRow(form, msg.get("privacy.tab.consent.purpose"), purpose,
                errors.label("purpose", purpose));
        Forms.addRow(form, msg.get("privacy.tab.consent.wording"), wording,
                errors.label("wording", wording));
        Forms.addRow(form, msg.get("privacy.tab.consent.obtained"), obtained);
        button(record, "privacy.tab.consent.record", this::recordConsent);
        button(withdraw, "privacy.tab.consent.withdraw", this::withdrawConsent);
        form.add(record, "skip, split 2, growx 0, sizegroup b, gaptop 4lp");
        form.add(withdraw, "growx 0, sizegroup b");
        return form;
    }

    private JPanel rights() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2", "[sizegroup r][grow]"));
        button(export, "privacy.tab.export", () -> actions.export(root, profile.candidateId()));
        button(erase, "privacy.tab.erase", () -> actions.erase(root, profile,
                this::show));
        erase.putClientProperty("JButton.buttonType", "default");
        erase.setForeground(new java.awt.Color(0xB71C1C));
        panel.add(export, "growx");
        panel.add(Forms.hint(msg.get("privacy.tab.export.hint")));
        panel.add(erase, "growx");
        panel.add(Forms.hint(msg.get("privacy.tab.erase.hint")));
        return panel;
    }

    private void button(JButton b, String key, Runnable action) {
        b.setName(key);
        b.setText(msg.get(key));
        b.setEnabled(false);
        b.addActionListener(e -> action.run());
    }

    private <T> void labelled(JComboBox<T> combo, java.util.function.Function<T, String> key) {
        combo.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                setText(value == null ? "" : msg.get(key.apply((T) value)));
                return this;
            }
        });
    }

    @Override
    public String title() {
        return msg.get("privacy.tab.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        actions.load(new CandidateId(ref.id()), this::show);
    }

    /** Shows a freshly loaded or saved profile (on the EDT). */
    void show(PrivacyProfile p) {
        this.profile = p;
        basis.setSelectedItem(p.lawfulBasis());
        doNotContact.setSelected(p.doNotContact());
        source.setText(p.source() == null ? msg.get("privacy.tab.source.none") : p.source());
        status.setText(p.erased() ? msg.get("privacy.tab.status.erased",
                Formats.dateTime(p.erasedAt()))
                : p.contactBlocked() ? msg.get("privacy.tab.status.blocked",
                Formats.dateTime(p.consentWithdrawnAt())) : msg.get("privacy.tab.status.open"));
        status.putClientProperty("FlatLaf.styleClass", p.contactBlocked() ? "h4" : null);
        consents.setRows(p.consents());
        updateEnablement();
    }

    private void updateEnablement() {
        boolean ready = profile != null && !profile.erased();
        boolean changed = ready && (basis.getSelectedItem() != profile.lawfulBasis()
                || doNotContact.isSelected() != profile.doNotContact() || profile.version() < 0);
        save.setEnabled(changed);
        record.setEnabled(ready);
        int row = consentTable.getSelectedRow();
        withdraw.setEnabled(ready && row >= 0
                && consents.rowAtView(consentTable, row).isLive());
        export.setEnabled(profile != null);
        erase.setEnabled(ready);
        basis.setEnabled(ready);
        doNotContact.setEnabled(ready);
        purpose.setEnabled(ready);
        wording.setEnabled(ready);
        obtained.setEnabled(ready);
    }

    private void saveSettings() {
        LawfulBasis chosen = (LawfulBasis) basis.getSelectedItem();
        boolean dnc = doNotContact.isSelected();
        actions.saveSettings(profile, chosen, dnc, p -> {
            show(p);
            saved.setText(msg.get("privacy.tab.saved"));
        });
    }

    private void recordConsent() {
        NewConsent consent = new NewConsent(Forms.text(purpose), Forms.text(wording),
                (ConsentMethod) obtained.getSelectedItem(), null);
        errors.clear();
        actions.recordConsent(profile.candidateId(), consent, p -> {
            purpose.setText("");
            wording.setText("");
            show(p);
        }, this::showErrors);
    }

    private void showErrors(ValidationException e) {
        Map<String, String> byField = e.byField();
        errors.show(byField);
        JComponent first = errors.firstInvalid(byField);
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    private void withdrawConsent() {
        int row = consentTable.getSelectedRow();
        if (row >= 0) {
            actions.withdraw(consents.rowAtView(consentTable, row), this::show);
        }
    }
}
