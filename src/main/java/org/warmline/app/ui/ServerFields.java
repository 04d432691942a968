package org.warmline.app.ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;

/** The office server's address and the user name, as Welcome, Preferences and Sign-in ask it. */
final class ServerFields {
    /** An office server address and the database user who signs in there. */
    record Address(String host, int port, String user) {
    }

    final JTextField host;
    final JTextField port;
    final JTextField user;

    ServerFields(String prefix, String hostText, String portText, String userText) {
        host = Forms.textField(prefix + ".host");
        port = Forms.textField(prefix + ".port");
        user = Forms.textField(prefix + ".user");
        host.setText(hostText);
        port.setText(portText);
        user.setText(userText);
        port.setColumns(6);
    }

    /** Adds "Server: [host] Port: [port]" and "User name: [user]" rows to a two-column form. */
    void addTo(JPanel form, Messages msg, String gap) {
        form.add(new JLabel(msg.get("app.server.host")), gap);
        form.add(host, "split 3, growx");
        form.add(new JLabel(msg.get("app.server.port")), "gapleft 8lp");
        form.add(port, "w 70lp!");
        form.add(new JLabel(msg.get("app.server.user")));
        form.add(user);
    }

    void setEnabled(boolean enabled) {
        host.setEnabled(enabled);
        port.setEnabled(enabled);
        user.setEnabled(enabled);
    }

    /** The bundle key of what is wrong with the typed address, or null when it is usable. */
    String problem() {
        if (Forms.text(host).isBlank() || Forms.text(user).isBlank()) {
            return "app.server.required";
        }
        try {
            int p = Integer.parseInt(Forms.text(port).strip());
            return p > 0 && p < 65_536 ? null : "app.server.badPort";
        } catch (NumberFormatException e) {
            return "app.server.badPort";
        }
    }

    /** The typed address; call only when {@link #problem} is null. */
    Address address() {
        return new Address(Forms.text(host).strip(), Integer.parseInt(Forms.text(port).strip()),
                Forms.text(user).strip());
    }
}
