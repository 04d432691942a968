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
}
