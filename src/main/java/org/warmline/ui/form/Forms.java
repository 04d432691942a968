package org.warmline.ui.form;

import java.awt.Color;
import java.awt.Font;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;

/**
 * Builds form fields with names for tests and adds labelled rows to MigLayout forms.
 *
 * <pre>{@code
 * JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 280lp]"));
 * Forms.addRow(form, msg.get("candidate.field.email"), email, errors.label("email"));
 * }</pre>
 */
public final class Forms {
    private Forms() {
    }

    public static JTextField textField(String name) {
        JTextField field = new JTextField(24);
        field.setName(name);
        return field;
    }

    public static JTextArea textArea(String name, int rows) {
        JTextArea area = new JTextArea(rows, 24);
        area.setName(name);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return area;
    }

    @SafeVarargs
    public static <T> JComboBox<T> combo(String name, T... items) {
        JComboBox<T> combo = new JComboBox<>(items);
        combo.setName(name);
        return combo;
    }

    /** A label row and a field, with the field's error label under the field. */
    public static void addRow(JPanel form, String label, JComponent field, JLabel error) {
        JLabel l = new JLabel(label);
        l.setLabelFor(field instanceof JScrollPane sp ? sp.getViewport().getView() : field);
        form.add(l, "top, gaptop 4lp");
        form.add(field, "growx, wrap 0");
        form.add(error, "skip, growx, gapbottom 6lp, wrap");
    }

    /** A label row and a field, without an error line. */
    public static void addRow(JPanel form, String label, JComponent field) {
        JLabel l = new JLabel(label);
        l.setLabelFor(field instanceof JScrollPane sp ? sp.getViewport().getView() : field);
        form.add(l, "top, gaptop 4lp");
        form.add(field, "growx, wrap");
    }

    /** A bold section heading spanning the form. */
    public static JLabel section(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    /** A muted, smaller label for hints and empty states. */
    public static JLabel hint(String text) {
        JLabel label = new JLabel(text);
        Color muted = UIManager.getColor("Label.disabledForeground");
        if (muted != null) {
            label.setForeground(muted);
        }
        label.setFont(label.getFont().deriveFont(Font.PLAIN));
        return label;
    }

    /** Trimmed text of a field; null when blank. */
    public static String text(javax.swing.text.JTextComponent field) {
        String t = field.getText();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
