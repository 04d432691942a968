package org.warmline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Role;
import org.warmline.recruiter.Session;
import org.warmline.testing.DatabaseExtension;

/** Logins and roles on a real office server: who gets in, and what each role may do. */
public class AccessTest {
    private static Path dir;
    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        dir = Files.createTempDirectory("warmline-access");
        server = new ServerProcess(dir.resolve("office")).start();
        try (Database admin = server.admin()) {
            UserService users = users(admin);
            users.add("rita", "Rita Recruiter", "rita-secret-1".toCharArray(), Role.RECRUITER);
            users.add("vic", "Vic Viewer", "vic-secret-1".toCharArray(), Role.VIEWER);
            users.add("zoe", "Zoë Ødegård", "zoe-secret-1".toCharArray(), Role.RECRUITER);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        // SIGTERM: the JVM runs the shutdown hook and exits with 128 + 15.
        assertThat(server.stop()).isEqualTo(143);
        DatabaseExtension.deleteTree(dir);
    }

    public static UserService users(Database db) {
        var me = new RecruiterService(db).findByLogin("admin").orElseThrow();
        return new UserService(db, new Session(me, "test", Role.ADMIN), AppEvents.direct(),
                Clock.systemUTC());
    }

    @Test
    void wrongPasswordUnknownUserAndNoPasswordAreRefusedAsWrongLogin() {
        for (String[] login : new String[][] {{"rita", "not-her-password"}, {"nobody", "x1234567"},
                {"rita", ""}}) {
            assertThatThrownBy(() -> server.login(login[0], login[1]))
                    .isInstanceOfSatisfying(DataAccessException.class,
                            e -> assertThat(AccessFailures.explain(e))
                                    .contains("user name or password is wrong"));
        }
    }

    @Test
    void aViewerReadsButCannotWrite() {
        try (Database viewer = server.login("vic", "vic-secret-1")) {
            assertThat(UserService.roleOf(viewer)).isEqualTo(Role.VIEWER);
            long rows = viewer.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter",
                    Binder.NONE));
            assertThat(rows).isGreaterThanOrEqualTo(4);
            assertThatThrownBy(() -> viewer.inTransaction(tx -> tx.update(
                    "UPDATE recruiter SET display_name = 'X' WHERE login = 'vic'", Binder.NONE)))
                    .satisfies(e -> assertThat(AccessFailures.explain(e))
                            .contains("you have read-only access"));
        }
    }

    @Test
    void aRecruiterWritesButCannotAddUsers() {
        try (Database recruiter = server.login("rita", "rita-secret-1")) {
            assertThat(UserService.roleOf(recruiter)).isEqualTo(Role.RECRUITER);
            int changed = recruiter.inTransaction(tx -> tx.update(
                    "UPDATE recruiter SET email = 'rita@example.com' WHERE login = 'rita'",
                    Binder.NONE));
            assertThat(changed).isEqualTo(1);
            assertThatThrownBy(() -> users(recruiter).add("mallory", "Mallory",
                    "mallory-pw-1".toCharArray(), Role.ADMIN))
                    .satisfies(e -> assertThat(AccessFailures.explain(e))
                            .contains("only an administrator may do this"));
        }
        try (Database admin = server.admin()) {
            assertThat(users(admin).list()).extracting(OfficeUser::login).doesNotContain("mallory");
        }
    }

    @Test
    void usersAreListedWithRolesAndNonLatinNames() {
        try (Database admin = server.admin()) {
            assertThat(UserService.roleOf(admin)).isEqualTo(Role.ADMIN);
            Map<String, OfficeUser> byLogin = users(admin).list().stream()
                    .collect(java.util.stream.Collectors.toMap(OfficeUser::login, u -> u));
            assertThat(byLogin.get("admin").owner()).isTrue();
            assertThat(byLogin.get("rita").role()).isEqualTo(Role.RECRUITER);
            assertThat(byLogin.get("vic").role()).isEqualTo(Role.VIEWER);
            assertThat(byLogin.get("zoe").displayName()).isEqualTo("Zoë Ødegård");
        }
    }

    @Test
    void aDisabledUserCannotSignInAndTheirHistoryStays() {
        try (Database admin = server.admin()) {
            UserService users = users(admin);
            users.add("dora", "Dora Doe", "dora-secret-1".toCharArray(), Role.RECRUITER);
            server.login("dora", "dora-secret-1").close();
            users.disable("dora");
            assertThat(users.list()).filteredOn(u -> u.login().equals("dora"))
                    .extracting(OfficeUser::active, OfficeUser::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(false, null));
            assertThat(lastAudit(admin)).isEqualTo("admin USER_DISABLE dora");
            assertThatThrownBy(() -> users.disable("admin"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> server.login("dora", "dora-secret-1"))
                .satisfies(e -> assertThat(AccessFailures.explain(e))
                        .contains("user name or password is wrong"));
    }

    @Test
    void aRoleChangeIsAuditedAndAppliesAtTheNextSignIn() {
        try (Database admin = server.admin()) {
            UserService users = users(admin);
            users.add("raj", "Raj Patel", "raj-secret-12".toCharArray(), Role.VIEWER);
            users.changeRole("raj", Role.RECRUITER);
            assertThat(lastAudit(admin)).isEqualTo("admin ROLE_CHANGE raj: viewer -> recruiter");
            users.changePassword("raj", "raj-secret-34".toCharArray());
        }
        try (Database raj = server.login("raj", "raj-secret-34")) {
            assertThat(UserService.roleOf(raj)).isEqualTo(Role.RECRUITER);
        }
    }

    @Test
    void badLoginNamesAndShortPasswordsAreRejectedByField() {
        try (Database admin = server.admin()) {
            assertThatThrownBy(() -> users(admin).add("Bad Name!", "X", "short".toCharArray(),
                    Role.VIEWER)).isInstanceOfSatisfying(
                    org.warmline.platform.validation.ValidationException.class,
                    e -> assertThat(e.byField()).containsEntry("login", "admin.validation.login")
                            .containsEntry("password", "admin.validation.password"));
        }
    }

    @Test
    void theCommandLineAddsUsersAndRefusesOthersInOneLine() throws Exception {
        Path adminPw = dir.resolve("admin.pw");
        Path ritaPw = dir.resolve("rita.pw");
        Path ninaPw = dir.resolve("nina.pw");
        Files.writeString(adminPw, ServerProcess.ADMIN_PASSWORD + "\n");
        Files.writeString(ritaPw, "rita-secret-1\n");
        Files.writeString(ninaPw, "nina-secret-1\n");
        String port = String.valueOf(server.port);
        String[] ok = Cli.run("user", "add", "Nina", "--role", "viewer", "--port", port,
                "--password-file", adminPw.toString(), "--new-password-file", ninaPw.toString());
        assertThat(ok).containsExactly("0", "user_added=nina role=viewer", "");
        String[] refused = Cli.run("user", "add", "mallory", "--role", "admin", "--port", port,
                "--user", "rita", "--password-file", ritaPw.toString(),
                "--new-password-file", ninaPw.toString());
        assertThat(refused).containsExactly("1", "", "warmline: only an administrator may do this");
        String[] wrong = Cli.run("info", "--server", "127.0.0.1:" + port, "--user", "nina",
                "--password-file", ritaPw.toString());
        assertThat(wrong).containsExactly("1", "", "warmline: user name or password is wrong");
        String[] info = Cli.run("info", "--server", "127.0.0.1:" + port, "--user", "nina",
                "--password-file", ninaPw.toString());
        assertThat(info[0]).isEqualTo("0");
        assertThat(info[1]).contains("database=127.0.0.1:" + port + "/warmline", "candidates=",
                "schema_version=");
        String[] noPassword = Cli.run("server", "--data-dir", dir.resolve("other").toString(),
                "--port", port);
        assertThat(noPassword).containsExactly("1", "",
                "warmline: no password: give --admin-password-file FILE or run this in a terminal");
        Path copies = dir.resolve("cli-backup");
        String[] backup = Cli.run("backup", "--server", "127.0.0.1:" + port, "--password-file",
                adminPw.toString(), "--to", copies.toString());
        assertThat(backup).containsExactly("0", "backup=" + copies.resolve("warmline"), "");
        assertThat(copies.resolve("warmline").resolve("service.properties")).exists();
    }


    private static String lastAudit(Database db) {
        var entry = db.read(tx -> new org.warmline.platform.audit.AuditLog().recent(tx, 1)).get(0);
        return entry.actor() + " " + entry.action() + " " + entry.details();
    }
}
