package org.warmline.job.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.job.Job;
import org.warmline.job.JobStatus;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;

/** The Details tab of the job editor: role, pay, status and owner, description. */
final class JobForm extends JPanel {
    private static final long serialVersionUID = 1L;
    final JComboBox<Employer> employer = Forms.combo("job.form.employer");
    final JTextField title = Forms.textField("job.form.title");
    final JTextField location = Forms.textField("job.form.location");
    final JTextField salaryMin = Forms.textField("job.form.salaryMin");
    final JTextField salaryMax = Forms.textField("job.form.salaryMax");
    final JTextField currency = Forms.textField("job.form.currency");
    final JComboBox<JobStatus> status = Forms.combo("job.form.status", JobStatus.values());
    final JTextField openedOn = Forms.textField("job.form.openedOn");
    final JTextField closedOn = Forms.textField("job.form.closedOn");
    final JComboBox<Recruiter> owner = Forms.combo("job.form.owner");
    final JTextField skills = Forms.textField("job.form.skills");
    final JTextArea description = Forms.textArea("job.form.description", 8);
    final transient FieldErrors errors;
    private final transient Messages msg;
    private transient List<String> loaded = List.of();

    JobForm(Messages msg) {
        super(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 380lp]"));
        this.msg = msg;
        errors = new FieldErrors("job.form", msg);
        employer.setRenderer(JobForm.<Employer>renderer(Employer::name, msg.get("job.editor.chooseEmployer")));
        status.setRenderer(JobForm.<JobStatus>renderer(s -> msg.get(s.labelKey()), ""));
        owner.setRenderer(JobForm.<Recruiter>renderer(Recruiter::displayName, msg.get("job.editor.noOwner")));
        status.addActionListener(e -> applyClosingRule());
        currency.setColumns(4);
        section("job.form.section.role", "");
        row("employer", employer);
        row("title", title);
        row("location", location);
        row("skills", skills);
        add(Forms.hint(msg.get("job.form.skills.hint")), "skip, gaptop 0, gapbottom 6lp");
        section("job.form.section.pay", "gaptop 8lp");
        JPanel pay = new JPanel(new MigLayout("insets 0", "[grow, fill]8lp[]8lp[grow, fill]"));
        pay.add(salaryMin);
        pay.add(new javax.swing.JLabel("–"));
        pay.add(salaryMax);
        Forms.addRow(this, msg.get("job.field.salaryMin"), pay, errors.label("salaryMin", salaryMin));
        add(errors.label("salaryMax", salaryMax), "skip, growx");
        Forms.addRow(this, msg.get("job.field.currency"), currency,
                errors.label("currency", currency));
        section("job.form.section.status", "gaptop 8lp");
        row("status", status);
        row("openedOn", openedOn);
        row("closedOn", closedOn);
        row("owner", owner);
        openedOn.putClientProperty("JTextField.placeholderText", msg.get("job.form.date.hint"));
        closedOn.putClientProperty("JTextField.placeholderText", msg.get("job.form.date.hint"));
        closedOn.setToolTipText(msg.get("job.form.closedOn.hint"));
        section("job.form.section.description", "gaptop 8lp");
        Forms.addRow(this, msg.get("job.field.description"), new JScrollPane(description),
                errors.label("description", description));
    }

    private void section(String key, String constraints) {
        add(Forms.section(msg.get(key)), "span, left, gapbottom 4lp" + (constraints.isEmpty() ? ""
                : ", " + constraints));
    }

    private void row(String field, javax.swing.JComponent component) {
        Forms.addRow(this, msg.get("job.field." + field), component,
                errors.label(field, component));
    }

    /** Fills the pickers and the fields from {@code job}, remembering them as unchanged. */
    void load(Job job, List<Employer> employers, List<Recruiter> recruiters,
              String defaultCurrency) {
        List<Employer> employerItems = new ArrayList<>();
        employerItems.add(null);
        employerItems.addAll(employers);
        employer.setModel(new javax.swing.DefaultComboBoxModel<>(employerItems.toArray(Employer[]::new)));
        employer.setSelectedItem(find(employers, e -> e.id(), job.employerId()));
        List<Recruiter> ownerItems = new ArrayList<>();
        ownerItems.add(null);
        ownerItems.addAll(recruiters);
        owner.setModel(new javax.swing.DefaultComboBoxModel<>(ownerItems.toArray(Recruiter[]::new)));
        owner.setSelectedItem(find(recruiters, Recruiter::id, job.ownerId()));
        title.setText(job.title());
        location.setText(job.location());
        salaryMin.setText(Salary.plain(job.salaryMin()));
        salaryMax.setText(Salary.plain(job.salaryMax()));
        currency.setText(job.currency() != null ? job.currency() : defaultCurrency);
        status.setSelectedItem(job.status());
        openedOn.setText(job.openedOn() == null ? "" : job.openedOn().toString());
        closedOn.setText(job.closedOn() == null ? "" : job.closedOn().toString());
        skills.setText(job.skillsText());
        description.setText(job.description());
        errors.clear();
        loaded = snapshot();
    }

    private static <T, K> T find(List<T> items, Function<T, K> key, K wanted) {
        return wanted == null ? null : items.stream()
                .filter(i -> wanted.equals(key.apply(i))).findFirst().orElse(null);
    }

    /** {@code base} with the fields' values; unreadable values are recorded in {@code input}. */
    Job read(Job base, FormInput input) {
        Employer chosen = (Employer) employer.getSelectedItem();
        Recruiter chosenOwner = (Recruiter) owner.getSelectedItem();
        EmployerId employerId = chosen == null ? null : chosen.id();
        return new Job(base.id(), employerId, Forms.text(title), Forms.text(location),
                input.amount("salaryMin", salaryMin.getText()),
                input.amount("salaryMax", salaryMax.getText()), Forms.text(currency),
                (JobStatus) status.getSelectedItem(), input.date("openedOn", openedOn.getText()),
                input.date("closedOn", closedOn.getText()),
                chosenOwner == null ? null : chosenOwner.id(), Job.parseSkills(skills.getText()),
                Forms.text(description), base.createdAt(), base.updatedAt(), base.version());
    }

    boolean isDirty() {
        return !snapshot().equals(loaded);
    }

    /** Mirrors the service's rule while editing: closing sets today, reopening clears. */
    private void applyClosingRule() {
        JobStatus s = (JobStatus) status.getSelectedItem();
        if (s == null) {
            return;
        }
        LocalDate current = closedOn.getText().isBlank() ? null : safeDate(closedOn.getText());
        LocalDate next = s.closedOn(current, LocalDate.now());
        if (next == null) {
            closedOn.setText("");
        } else if (current == null) {
            closedOn.setText(next.toString());
        }
    }

    private static LocalDate safeDate(String text) {
        return new FormInput().date("closedOn", text);
    }

    private List<String> snapshot() {
        return List.of(String.valueOf(idOf((Employer) employer.getSelectedItem())),
                title.getText().strip(), location.getText().strip(), salaryMin.getText().strip(),
                salaryMax.getText().strip(), currency.getText().strip(),
                String.valueOf(status.getSelectedItem()), openedOn.getText().strip(),
                closedOn.getText().strip(),
                String.valueOf(owner.getSelectedItem() == null ? null
                        : ((Recruiter) owner.getSelectedItem()).id()),
                skills.getText().strip(), Objects.toString(description.getText(), "").strip());
    }

    private static EmployerId idOf(Employer e) {
        return e == null ? null : e.id();
    }

    private static <T> DefaultListCellRenderer renderer(Function<T, String> text, String none) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                String shown = value == null ? none : text.apply((T) value);
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        };
    }
}
