package org.warmline.ui.dialog;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.DefaultKeyBindings;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.FieldErrors;

/**
 * The frame of a record editor: a message line, the body, Save (default button, Ctrl+S) and
 * Cancel (Escape), and a guard that asks before unsaved changes are thrown away. Subclasses
 * read their form and start saving in {@link #save}.
 */
public abstract class EditorDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    protected final transient Messages msg;
    private final JLabel banner = new JLabel(" ");
    private final JButton saveButton;
    private final JButton cancelButton;

    protected EditorDialog(Window owner, String name, Messages msg) {
        super(owner, ModalityType.APPLICATION_MODAL);
        this.msg = msg;
        setName(name);
        banner.setName(name + ".message");
        banner.setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
        banner.setVisible(false);
        saveButton = new JButton(msg.get("common.save"));
        saveButton.setName(name + ".save");
        saveButton.addActionListener(e -> save(null));
        cancelButton = new JButton(msg.get("common.cancel"));
        cancelButton.setName(name + ".cancel");
        cancelButton.addActionListener(e -> attemptClose());
        JPanel buttons = new JPanel(new MigLayout("insets 8 12 12 12", "push[][]"));
        buttons.add(saveButton, "sg buttons");
        buttons.add(cancelButton, "sg buttons");
        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(banner, BorderLayout.NORTH);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(saveButton);
        bindKeys();
    }

    private void bindKeys() {
        Dialogs.closeOnEscape(this, this::attemptClose);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(DefaultKeyBindings.keyStroke(ActionId.RECORD_SAVE), "editor.save");
        getRootPane().getActionMap().put("editor.save", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (saveButton.isEnabled()) {
                    save(null);
                }
            }
        });
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                attemptClose();
            }
        });
    }

    /** Puts the editor's body in the middle of the dialog. */
    protected void setBody(JComponent body) {
        getContentPane().add(body, BorderLayout.CENTER);
    }

    /** True when the form differs from what was loaded or last saved. */
    protected abstract boolean isDirty();

    /**
     * Reads the form and saves it in the background; on success runs {@code afterSaved} when
     * given, otherwise the editor's usual follow-up (usually closing).
     */
    protected abstract void save(Runnable afterSaved);

    /** Closes, first asking what to do with unsaved changes. */
    public void attemptClose() {
        if (!isDirty()) {
            dispose();
            return;
        }
        switch (Dialogs.askSave(this, msg)) {
            case SAVE -> save(this::dispose);
            case DISCARD -> dispose();
            case CANCEL -> { }
        }
    }

    /** Disables Save while a save runs. */
    protected void setSaving(boolean saving) {
        saveButton.setEnabled(!saving);
    }

    /** Shows why a save failed, keeping what the user typed. */
    protected void showFailure(Throwable failure, FieldErrors errors, String invalidKey) {
        setSaving(false);
        if (failure instanceof ValidationException invalid) {
            Map<String, String> byField = invalid.byField();
            errors.show(byField);
            JComponent first = errors.firstInvalid(byField);
            if (first != null) {
                first.requestFocusInWindow();
            }
            showMessage(msg.get(invalidKey), true);
        } else if (failure instanceof StaleRecordException) {
            showMessage(msg.get("error.stale"), true);
        } else {
            showMessage(msg.get("error.unexpected", String.valueOf(failure.getMessage())), true);
        }
    }

    /** Shows a line of text above the form, as an error or as information. */
    protected void showMessage(String text, boolean error) {
        banner.setText(text);
        banner.setOpaque(true);
        // Soft fixed colours with dark text read well in both the light and the dark theme.
        banner.setBackground(new Color(error ? 0xFDECEA : 0xE6F4EA));
        banner.setForeground(new Color(0x2B2B2B));
        banner.setVisible(true);
    }

    protected void hideMessage() {
        banner.setVisible(false);
    }
}
