package org.warmline.nurture.ui;

import javax.swing.JButton;
import org.warmline.platform.i18n.Messages;

/** Named buttons of the nurture screens: the text is the bundle entry of the component name. */
final class Buttons {
    private Buttons() {
    }

    static JButton named(Messages msg, String name, Runnable action) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
