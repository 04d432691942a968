package org.warmline.employer.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JTextField;
import org.warmline.platform.i18n.Messages;

/** "Open" buttons next to web-address fields, opening the address in the user's browser. */
final class Browser {
    private Browser() {
    }

    /** A button that opens the address typed in {@code field}; disabled without a desktop. */
    static JButton openButton(String name, JTextField field, Messages msg, String textKey) {
        JButton button = new JButton(msg.get(textKey));
        button.setName(name);
        button.setToolTipText(msg.get(textKey + ".tooltip"));
        boolean supported = Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
        button.setEnabled(supported);
        button.addActionListener(e -> open(field.getText()));
        return button;
    }

    private static void open(String address) {
        URI uri = toUri(address);
        if (uri == null) {
            return;
        }
        try {
            Desktop.getDesktop().browse(uri);
        } catch (IOException | UnsupportedOperationException e) {
            java.util.logging.Logger.getLogger(Browser.class.getName())
                    .warning("cannot open " + uri + ": " + e.getMessage());
        }
    }

    /** The address as a web URI (https added when no scheme is given), or null if unusable. */
    static URI toUri(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        if (!a.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
            a = "https://" + a;
        }
        try {
            URI uri = new URI(a);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
