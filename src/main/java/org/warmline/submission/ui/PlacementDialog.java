package org.warmline.submission.ui;

import java.awt.Component;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.Placement;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;

/** Records the terms of a placement (start date, salary, fee, currency) and places the candidate. */
final class PlacementDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient SubmissionCommands commands;
    private final transient Messages msg;
    private final transient SubmissionRow row;
    private final transient Runnable after;
    private final JTextField startDate = Forms.textField("submission.placement.startDate");
    private final JTextField salary = Forms.textField("submission.placement.salary");
    private final JTextField fee = Forms.textField("submission.placement.fee");
    private final JTextField currency = Forms.textField("submission.placement.currency");
    private final FieldErrors errors;

    PlacementDialog(Component parent, SubmissionCommands commands, SubmissionRow row,
                    Runnable after) {
        super(SwingUtilities.getWindowAncestor(parent), commands.msg().get("submission.placement.title"),
                ModalityType.APPLICATION_MODAL);
        this.commands = commands;
        this.msg = commands.msg();
        this.row = row;
        this.after = after;
        this.errors = new FieldErrors("submission.placement", msg);
        setName("submission.placement");
        startDate.setText(LocalDate.now().toString());
        startDate.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
        currency.setText(defaultCurrency());
        setContentPane(buildContent());
        Dialogs.closeOnEscape(this, this::dispose);
        pack();
        Dialogs.fitToScreen(this, parent);
    }

    private JPanel buildContent() {
        JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 260lp]"));
        form.add(Forms.section(msg.get("submission.placement.heading", row.candidateName(),
                row.employerName())), "span 2, gapbottom 8lp, wrap");
        Forms.addRow(form, msg.get("submission.placement.startDate"), startDate,
                errors.label("startDate", startDate));
        Forms.addRow(form, msg.get("submission.placement.salary"), salary,
                errors.label("salary", salary));
        Forms.addRow(form, msg.get("submission.placement.fee"), fee, errors.label("fee", fee));
        Forms.addRow(form, msg.get("submission.placement.currency"), currency,
                errors.label("currency", currency));
        JButton ok = new JButton(msg.get("submission.placement.ok"));
        ok.setName("submission.placement.ok");
        ok.addActionListener(e -> submit());
        JButton cancel = new JButton(msg.get("submission.placement.cancel"));
        cancel.setName("submission.placement.cancel");
        cancel.addActionListener(e -> dispose());
        form.add(ok, "span 2, split 2, right, tag ok, gaptop 8lp");
        form.add(cancel, "tag cancel");
        getRootPane().setDefaultButton(ok);
        return form;
    }

    private void submit() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = parseDate(startDate, problems);
        BigDecimal salaryValue = parseAmount("salary", salary, problems);
        BigDecimal feeValue = parseAmount("fee", fee, problems);
        if (!problems.isEmpty()) {
            showErrors(problems);
            return;
        }
        Placement terms = new Placement(row.id(), start, salaryValue, feeValue,
                Forms.text(currency));
        commands.tasks().run(msg.get("submission.busy"), () -> SubmissionCommands.attempt(
                () -> commands.service().place(row.id(), row.version(), terms)), this::done);
    }

    private void done(Object result) {
        if (result instanceof ValidationException refused) {
            Map<String, String> byField = refused.byField();
            if (byField.keySet().stream().anyMatch(f -> f.equals("startDate") || f.equals("salary")
                    || f.equals("fee") || f.equals("currency"))) {
                showErrors(byField);
                return;
            }
            dispose();
            commands.showRefusal(getOwner(), refused);
        } else {
            dispose();
        }
        after.run();
    }

    private void showErrors(Map<String, String> problems) {
        errors.show(problems);
        JComponent first = errors.firstInvalid(problems);
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    private static LocalDate parseDate(JTextField field, Map<String, String> problems) {
        String text = Forms.text(field);
        if (text == null) {
            problems.put("startDate", "validation.required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.put("startDate", "validation.date");
            return null;
        }
    }

    private BigDecimal parseAmount(String name, JTextField field, Map<String, String> problems) {
        String text = Forms.text(field);
        if (text == null) {
            problems.put(name, "validation.required");
            return null;
        }
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(msg.locale());
        format.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Object parsed = format.parse(compact, pos);
        if (parsed == null || pos.getIndex() != compact.length()) {
            problems.put(name, "validation.number");
            return null;
        }
        return (BigDecimal) parsed;
    }

    private String defaultCurrency() {
        try {
            Currency c = Currency.getInstance(msg.locale());
            return c == null ? "EUR" : c.getCurrencyCode();
        } catch (IllegalArgumentException noCountry) {
            return "EUR";
        }
    }
}
