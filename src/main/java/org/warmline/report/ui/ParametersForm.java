package org.warmline.report.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerSummary;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.report.ReportDefinition;
import org.warmline.report.ReportParameter;
import org.warmline.report.ReportParameters;
import org.warmline.ui.form.Forms;

/**
 * The limits of a report: dates, recruiter and employer, enabled as far as the selected report
 * uses them. Adds its rows to a two-column MigLayout form.
 */
final class ParametersForm {
    private final Messages msg;
    private final JTextField from = Forms.textField("report.form.from");
    private final JTextField to = Forms.textField("report.form.to");
    private final JComboBox<Choice<RecruiterId>> recruiter = Forms.combo("report.form.recruiter");
    private final JComboBox<Choice<EmployerId>> employer = Forms.combo("report.form.employer");
    private final JLabel error = new JLabel(" ");
    private ReportDefinition report;

    /** An entry of a combo; a null id stands for "no limit". */
    record Choice<I>(I id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    ParametersForm(Messages msg) {
        this.msg = msg;
    }

    void addTo(JPanel form) {
        Forms.addRow(form, msg.get("report.form.from"), from);
        Forms.addRow(form, msg.get("report.form.to"), to);
        form.add(Forms.hint(msg.get("report.form.datesHint")), "skip, wrap");
        Forms.addRow(form, msg.get("report.form.recruiter"), recruiter);
        Forms.addRow(form, msg.get("report.form.employer"), employer);
        error.setName("report.form.error");
        error.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        form.add(error, "skip, wrap");
    }

    void setChoices(List<Recruiter> recruiters, List<EmployerSummary> employers) {
        recruiter.removeAllItems();
        recruiter.addItem(new Choice<>(null, msg.get("report.cover.everyone")));
        recruiters.forEach(r -> recruiter.addItem(new Choice<>(r.id(), r.displayName())));
        employer.removeAllItems();
        employer.addItem(new Choice<>(null, msg.get("report.cover.allEmployers")));
        employers.forEach(e -> employer.addItem(new Choice<>(e.id(), e.name())));
    }

    /** Enables the fields the report uses. */
    void show(ReportDefinition def) {
        this.report = def;
        boolean dates = uses(ReportParameter.DATES);
        from.setEnabled(dates);
        to.setEnabled(dates);
        recruiter.setEnabled(uses(ReportParameter.RECRUITER));
        employer.setEnabled(uses(ReportParameter.EMPLOYER));
        error.setText(" ");
    }

    /** The parameters as entered, or null after showing what is wrong. */
    ReportParameters read() {
        error.setText(" ");
        try {
            LocalDate f = uses(ReportParameter.DATES) ? date(from) : null;
            LocalDate t = uses(ReportParameter.DATES) ? date(to) : null;
            if (f != null && t != null && t.isBefore(f)) {
                error.setText(msg.get("report.form.toBeforeFrom"));
                return null;
            }
            return new ReportParameters(f, t, selected(recruiter, ReportParameter.RECRUITER),
                    selected(employer, ReportParameter.EMPLOYER));
        } catch (DateTimeParseException e) {
            error.setText(msg.get("validation.date"));
            return null;
        }
    }

    private boolean uses(ReportParameter p) {
        return report != null && report.parameters().contains(p);
    }

    private <I> I selected(JComboBox<Choice<I>> combo, ReportParameter p) {
        @SuppressWarnings("unchecked")
        Choice<I> choice = (Choice<I>) combo.getSelectedItem();
        return uses(p) && choice != null ? choice.id() : null;
    }

    private static LocalDate date(JTextField field) {
        String text = field.getText().strip();
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
