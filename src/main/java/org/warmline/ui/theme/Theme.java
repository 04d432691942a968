package org.warmline.ui.theme;

import java.awt.Window;
import javax.swing.SwingUtilities;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/**
 * Installs the FlatLaf light or dark theme with Warmline's own defaults
 * ({@code org/warmline/ui/theme/FlatLightLaf.properties}). The look and feel is global.
 */
public final class Theme {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private Theme() {
    }

    /** Installs the named theme ("light" or "dark"); unknown names fall back to light. */
    public static void install(String name) {
        FlatLaf.registerCustomDefaultsSource("org.warmline.ui.theme");
        if (DARK.equals(name)) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches theme while windows are open and repaints them. */
    public static void switchTo(String name) {
        install(name);
        for (Window window : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(window);
        }
    }
}
