package org.warmline.ui.form;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.UIManager;
import org.warmline.platform.i18n.Messages;

/**
 * The inline validation messages of one form: a red label under each field, named
 * {@code <prefix>.<field>.error} for tests, and the field outlined as an error (FlatLaf).
 */
public final class FieldErrors {
    private final String prefix;
    private final Messages msg;
    private final Map<String, JLabel> labels = new LinkedHashMap<>();
    private final Map<String, JComponent> fields = new LinkedHashMap<>();

    public FieldErrors(String prefix, Messages msg) {
        this.prefix = prefix;
        this.msg = msg;
    }

    /** The error label for a field; create it while building the form. */
    public JLabel label(String field, JComponent component) {
        JLabel label = new JLabel(" ");
        label.setName(prefix + "." + field + ".error");
        Color red = UIManager.getColor("Component.error.focusedBorderColor");
        label.setForeground(red != null ? red : new Color(0xC62828));
        label.setFont(label.getFont().deriveFont(label.getFont().getSize2D() - 1f));
        labels.put(field, label);
        fields.put(field, component);
        return label;
    }

    /** Shows the messages (field name to message key); clears every other field. */
    public void show(Map<String, String> errorKeys) {
        labels.forEach((field, label) -> {
            String key = errorKeys.get(field);
            label.setText(key == null ? " " : msg.get(key));
            fields.get(field).putClientProperty("JComponent.outline", key == null ? null : "error");
        });
    }

    public void clear() {
        show(Map.of());
    }

    /** The component of the first field with an error, to move focus there. */
    public JComponent firstInvalid(Map<String, String> errorKeys) {
        for (Map.Entry<String, JComponent> e : fields.entrySet()) {
            if (errorKeys.containsKey(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
