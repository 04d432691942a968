package org.warmline.ui.nav;

import javax.swing.JComponent;
import org.warmline.ui.action.ActionId;

/**
 * A top-level screen in the main window's sidebar (Today, Candidates, ...). {@link #shown()}
 * is called on the EDT each time the user navigates to it; views refresh there.
 */
public interface NavView {
    /** The navigation action that selects this view (its text names the view). */
    ActionId navAction();

    /** Stable id, used for the component name and the remembered last view. */
    String id();

    JComponent component();

    void shown();

    /** Puts the keyboard focus on the view's main component. */
    default void focus() {
        component().requestFocusInWindow();
    }
}
