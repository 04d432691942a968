package org.warmline.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.Role;
import org.warmline.recruiter.Session;

/**
 * Manages the logins of the office database (admins only; the database refuses anyone else):
 * adds users with a role and a recruiter row for attribution, changes passwords and roles, and
 * disables users. Role changes and the rest are written to the audit log.
 */
public final class UserService {
    private static final String LOGIN_PATTERN = "[a-z][a-z0-9_]{0,29}";
    private static final int MIN_PASSWORD = 8;
    private final Database db;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final UserRepository users = new UserRepository();
    private final AuditLog audit = new AuditLog();

    public UserService(Database db, Session session, AppEvents events, Clock clock) {
        this.db = db;
        this.session = session;
        this.events = events;
        this.clock = clock;
    }

    /** Every recruiter row with its login's role, the owner first. */
    public List<OfficeUser> list() {
        requireOffice();
        return db.read(tx -> {
            String owner = users.owner(tx);
            Map<String, Role> roles = users.roles(tx);
            List<OfficeUser> all = new ArrayList<>();
            for (String[] r : users.recruiters(tx)) {
                boolean isOwner = r[0].equals(owner);
                all.add(new OfficeUser(r[0], r[1], isOwner ? Role.ADMIN : roles.get(r[0]),
                        Boolean.parseBoolean(r[2]), isOwner));
            }
            all.sort((a, b) -> Boolean.compare(b.owner(), a.owner()));
            return all;
        });
    }

    /** Creates a login with a password and role, and its recruiter row (login = lower case). */
    public void add(String login, String displayName, char[] password, Role role) {
        requireOffice();
        String name = normalise(login);
        validate(name, password).required("displayName", displayName)
                .maxLength("displayName", displayName, 200).throwIfInvalid();
        long id = db.inTransaction(tx -> {
            users.createUser(tx, name, password);
            users.grant(tx, role, name);
            long recruiter = users.findRecruiter(tx, name).map(UserRepository.RecruiterRow::id)
                    .orElseGet(() -> insert(tx, name, displayName.strip()));
            users.setActive(tx, name, true);
            record(tx, "USER_ADD", recruiter, name + " as " + role.name().toLowerCase(Locale.ROOT));
            return recruiter;
        });
        events.publish(new RecordChanged("recruiter", id));
    }

    /** Sets a new password for a login. */
    public void changePassword(String login, char[] password) {
        requireOffice();
        String name = normalise(login);
        validate(name, password).throwIfInvalid();
        db.inTransaction(tx -> {
            users.resetPassword(tx, name, password);
            record(tx, "USER_PASSWORD", null, name);
            return null;
        });
    }

    /** Gives a login another role (its previous roles are revoked). */
    public void changeRole(String login, Role role) {
        requireOffice();
        String name = normalise(login);
        long id = db.inTransaction(tx -> {
            refuseOwner(tx, name);
            Role before = users.roles(tx).get(name);
            for (Role r : Role.values()) {
                if (r == before) {
                    users.revoke(tx, r, name);
                }
            }
            users.grant(tx, role, name);
            long recruiter = recruiterId(tx, name);
            record(tx, "ROLE_CHANGE", recruiter, name + ": " + label(before) + " -> " + label(role));
            return recruiter;
        });
        events.publish(new RecordChanged("recruiter", id));
    }

    /** Removes a login's credentials and roles so it can no longer sign in; history stays. */
    public void disable(String login) {
        requireOffice();
        String name = normalise(login);
        long id = db.inTransaction(tx -> {
            refuseOwner(tx, name);
            Role before = users.roles(tx).get(name);
            if (before != null) {
                users.revoke(tx, before, name);
            }
            users.dropUser(tx, name);
            users.setActive(tx, name, false);
            long recruiter = recruiterId(tx, name);
            record(tx, "USER_DISABLE", recruiter, name);
            return recruiter;
        });
        events.publish(new RecordChanged("recruiter", id));
    }

    /** The role of whoever is signed in on {@code db}: the owner and laptop users are admins. */
    public static Role roleOf(Database db) {
        if (db.location().embedded()) {
            return Role.ADMIN;
        }
        UserRepository users = new UserRepository();
        return db.read(tx -> {
            String me = users.currentUser(tx);
            if (me.equals(users.owner(tx))) {
                return Role.ADMIN;
            }
            return users.roles(tx).getOrDefault(me, Role.VIEWER);
        });
    }

    private long insert(Tx tx, String name, String displayName) {
        try {
            return users.insertRecruiter(tx, name, displayName);
        } catch (java.sql.SQLException e) {
            throw org.warmline.platform.db.DataAccessException.from(e);
        }
    }

    private long recruiterId(Tx tx, String name) throws java.sql.SQLException {
        return users.findRecruiter(tx, name).map(UserRepository.RecruiterRow::id)
                .orElseThrow(() -> new IllegalArgumentException("no user " + name));
    }

    private void refuseOwner(Tx tx, String name) throws java.sql.SQLException {
        if (name.equals(users.owner(tx))) {
            throw new IllegalArgumentException("the owner account " + name
                    + " always stays an administrator");
        }
    }

    private void record(Tx tx, String action, Long recruiter, String details)
            throws java.sql.SQLException {
        audit.record(tx, clock.instant(), session.recruiter().login(), action, "recruiter",
                recruiter, details);
    }

    private static Validator validate(String name, char[] password) {
        return new Validator().required("login", name)
                .check(name.matches(LOGIN_PATTERN), "login", "admin.validation.login")
                .check(password != null && password.length >= MIN_PASSWORD, "password",
                        "admin.validation.password");
    }

    private static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    private static String label(Role role) {
        return role == null ? "none" : role.name().toLowerCase(Locale.ROOT);
    }

    private void requireOffice() {
        if (db.location().embedded()) {
            throw new IllegalStateException("logins exist only on the office server");
        }
    }
}
