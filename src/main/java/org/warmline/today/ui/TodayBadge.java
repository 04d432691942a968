package org.warmline.today.ui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.AbstractButton;
import javax.swing.Action;

/** Shows how many items are due next to "Today" in the sidebar (nothing when none). */
public final class TodayBadge {
    private static final String BUTTON = "nav.today";

    private TodayBadge() {
    }

    /** Sets the count on the sidebar button of the Today view inside {@code root}. */
    public static void show(Container root, Action navAction, int count) {
        AbstractButton button = find(root);
        if (button == null) {
            return;
        }
        String name = String.valueOf(navAction.getValue(Action.NAME));
        button.setText(count <= 0 ? name : "<html>" + name
                + "&nbsp;&nbsp;<span style='color:#ffffff; background-color:#d84315'>&nbsp;"
                + count + "&nbsp;</span></html>");
        button.putClientProperty("today.count", count);
    }

    private static AbstractButton find(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && BUTTON.equals(b.getName())) {
                return b;
            }
            if (child instanceof Container inner) {
                AbstractButton found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
