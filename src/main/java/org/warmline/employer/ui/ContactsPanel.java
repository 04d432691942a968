package org.warmline.employer.ui;

import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.Contact;
import org.warmline.employer.Employer;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;

/** The Contacts tab of the employer editor: the employer's people, with Add and Edit. */
final class ContactsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient EmployerUi ui;
    private final transient Employer employer;
    private final RecordListPanel<Contact> list;

    ContactsPanel(EmployerUi ui, Employer employer) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        this.ui = ui;
        this.employer = employer;
        list = new RecordListPanel<>("employer.contacts", ui.msg(), columns(), false);
        list.onOpen(this::edit);
        JButton add = new JButton(ui.msg().get("employer.contacts.add"));
        add.setName("employer.contacts.add");
        add.addActionListener(e -> edit(Contact.draft(employer.id(), null, null, null, null,
                null, null, null, null)));
        JButton edit = new JButton(ui.msg().get("employer.contacts.edit"));
        edit.setName("employer.contacts.edit");
        edit.setEnabled(false);
        edit.addActionListener(e -> edit(list.selected()));
        list.table().getSelectionModel().addListSelectionListener(
                e -> edit.setEnabled(list.selected() != null));
        add(add, "split 2, growx 0");
        add(edit, "growx 0");
        add(list, "grow");
    }

    private List<Column<Contact>> columns() {
        var msg = ui.msg();
        return List.of(
                Column.<Contact>of(msg.get("employer.contacts.column.name"), String.class,
                        Contact::displayName).width(180),
                Column.<Contact>of(msg.get("employer.contacts.column.role"), String.class,
                        Contact::role).width(150),
                Column.<Contact>of(msg.get("employer.contacts.column.email"), String.class,
                        Contact::email).width(200),
                Column.<Contact>of(msg.get("employer.contacts.column.phone"), String.class,
                        Contact::phone).width(130));
    }

    /** Loads the employer's contacts in the background. */
    void reload() {
        ui.tasks().run(ui.msg().get("employer.contacts.loading"),
                () -> ui.employers().contacts(employer.id()), list::setRows);
    }

    private void edit(Contact contact) {
        if (contact == null) {
            return;
        }
        ContactEditor editor = new ContactEditor(SwingUtilities.getWindowAncestor(this),
                ui.msg(), ui.tasks(), ui.employers(), contact, employer.name(),
                saved -> reload());
        editor.setVisible(true);
    }
}
