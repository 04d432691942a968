package org.warmline.ui.form;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Runs something whenever a text field's content changes (typing, paste, setText).
 *
 * <pre>{@code
 * TextChanges.listen(filter, debounce::restart);
 * }</pre>
 */
public final class TextChanges {
    private TextChanges() {
    }

    /** A listener that runs {@code action} on every insert, removal or change. */
    public static DocumentListener listener(Runnable action) {
        return new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        };
    }

    /** Runs {@code action} whenever the text of {@code field} changes. */
    public static void listen(JTextComponent field, Runnable action) {
        field.getDocument().addDocumentListener(listener(action));
    }
}
