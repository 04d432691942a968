package org.warmline.app;

import java.util.Locale;
import java.util.Optional;
import org.warmline.app.cli.UserError;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;

/**
 * Signs a database user in to the office server and finds the recruiter they are (the
 * {@code recruiter} row whose login is the user name in lower case). Swing-free: the sign-in
 * dialog calls it off the EDT.
 */
final class OfficeSignIn {
    /** SQLState of a refused login (wrong user name or password). */
    static final String BAD_CREDENTIALS = "08004";
    /** Opens the office database (tests point it at their own server). */
    @FunctionalInterface
    interface Connector {
        Database connect(String host, int port, String user, char[] password);
    }

    private final Messages msg;
    private final Connector connector;
    private Database db;
    private Session session;

    OfficeSignIn(Messages msg) {
        this(msg, Database::office);
    }

    OfficeSignIn(Messages msg, Connector connector) {
        this.msg = msg;
        this.connector = connector;
    }

    /** Connects; returns null when signed in, otherwise the sentence that says why not. */
    String signIn(String host, int port, String user, char[] password) {
        if (password.length == 0) {
            return msg.get("app.signin.office.noPassword");
        }
        Database connected;
        try {
            connected = connector.connect(host, port, user, password);
        } catch (DataAccessException e) {
            return refusal(e, host, port);
        }
        String login = user.toLowerCase(Locale.ROOT);
        Optional<Recruiter> me;
        org.warmline.recruiter.Role role;
        try {
            me = new RecruiterService(connected).findByLogin(login);
            role = org.warmline.server.UserService.roleOf(connected);
        } catch (RuntimeException e) {
            connected.close();
            return msg.get("app.error.start", UserError.explain(e));
        }
        if (me.isEmpty()) {
            connected.close();
            return msg.get("app.signin.office.noRecruiter", login);
        }
        db = connected;
        // The role decides what the window offers; the database enforces it regardless.
        session = new Session(me.get(), user + "@" + host + ":" + port, role);
        return null;
    }

    private String refusal(DataAccessException e, String host, int port) {
        if (BAD_CREDENTIALS.equals(e.sqlState())) {
            return msg.get("app.signin.office.wrong");
        }
        if (e.isConnectionFailure()) {
            return msg.get("app.signin.office.unreachable", host + ":" + port);
        }
        return msg.get("app.error.start", UserError.explain(e));
    }

    /** The signed-in database, after {@link #signIn} returned null. */
    Database db() {
        return db;
    }

    /** Who signed in where, after {@link #signIn} returned null. */
    Session session() {
        return session;
    }
}
