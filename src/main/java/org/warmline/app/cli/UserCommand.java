package org.warmline.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Role;
import org.warmline.recruiter.Session;
import org.warmline.server.Passwords;
import org.warmline.server.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warmline user add|passwd|disable|role}: manages the office server's logins (admins only). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the office server's users (admins only).",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Disable.class,
                UserCommand.ChangeRole.class})
public final class UserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Common part: sign in, run one change as the signed-in admin, report it. */
    abstract static class Change implements Callable<Integer> {
        @Mixin
        OfficeLogin login;
        @Parameters(index = "0", paramLabel = "NAME", description = "The user's login name")
        String name;
        @Spec
        CommandSpec spec;

        abstract String apply(UserService users);

        @Override
        public Integer call() {
            try (Database db = login.open()) {
                Recruiter me = new RecruiterService(db).findByLogin(login.user.toLowerCase(
                        java.util.Locale.ROOT)).orElseThrow(() -> new UserError(
                        "the user " + login.user + " has no recruiter row on this server"));
                Session session = new Session(me, db.location().describe(), UserService.roleOf(db));
                String done = apply(new UserService(db, session, AppEvents.direct(),
                        Clock.systemUTC()));
                spec.commandLine().getOut().println(done);
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UserError(e.getMessage());
            } catch (RuntimeException e) {
                throw OfficeLogin.refusal(e);
            }
        }

        char[] newPassword(Path file) {
            try {
                return Passwords.readNew(file, "New password of " + name + ": ",
                        "--new-password-file");
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user with a role; also registers them as a recruiter.")
    static final class Add extends Change {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, recruiter or viewer")
        String role;
        @Option(names = "--display-name", paramLabel = "TEXT",
                description = "Name shown in Warmline (default: NAME)")
        String displayName;
        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "File whose first line is the new user's password (default: ask)")
        Path newPasswordFile;

        @Override
        String apply(UserService users) {
            Role r = Role.parse(role);
            users.add(name, displayName == null ? name : displayName, newPassword(newPasswordFile), r);
            return "user_added=" + name.toLowerCase(java.util.Locale.ROOT) + " role="
                    + r.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd extends Change {
        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "File whose first line is the new password (default: ask)")
        Path newPasswordFile;

        @Override
        String apply(UserService users) {
            users.changePassword(name, newPassword(newPasswordFile));
            return "password_changed=" + name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop a user from signing in; their history stays.")
    static final class Disable extends Change {
        @Override
        String apply(UserService users) {
            users.disable(name);
            return "user_disabled=" + name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static final class ChangeRole extends Change {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, recruiter or viewer")
        String role;

        @Override
        String apply(UserService users) {
            Role r = Role.parse(role);
            users.changeRole(name, r);
            return "role_changed=" + name.toLowerCase(java.util.Locale.ROOT) + " role="
                    + r.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
