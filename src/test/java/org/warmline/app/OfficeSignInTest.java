package org.warmline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.TestServer;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterService;

/** Signing in to a real server whose database uses NATIVE logins. */
class OfficeSignInTest {
    @TempDir
    Path dir;
    private int port;
    private TestServer server;
    private OfficeSignIn signIn;

    @BeforeEach
    void serverWithLogins() throws Exception {
        server = TestServer.start();
        port = server.port();
        try (Connection c = DriverManager.getConnection(url() + ";create=true", "admin", "adm1n");
             Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('admin', 'adm1n')");
            st.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('zoe', 'z0e-pass')");
            st.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('kim', 'k1m-pass')");
            st.execute("CREATE SCHEMA " + Database.OFFICE_SCHEMA);
        }
        try {
            // NATIVE logins take effect when the database boots again.
            DriverManager.getConnection(url() + ";shutdown=true", "admin", "adm1n").close();
        } catch (SQLException expected) {
            // 08006: shut down.
        }
        try (Database admin = connect("127.0.0.1", port, "admin", "adm1n".toCharArray())
                .migrated()) {
            new RecruiterService(admin).ensure("zoe", "Zoë Ødegård");
            // The server's own setup grants by role; reading recruiters is all sign-in needs.
            admin.inTransaction(tx -> tx.update("GRANT SELECT ON recruiter TO zoe, kim",
                    st -> { }));
        }
        signIn = new OfficeSignIn(new Messages(Locale.ENGLISH), this::connect);
    }

    private String url() {
        return "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("warmline");
    }

    private Database connect(String host, int p, String user, char[] password) {
        return Database.network(host, p, dir.resolve("warmline").toString(), user, password,
                Database.OFFICE_SCHEMA);
    }

    @AfterEach
    void stop() throws Exception {
        if (signIn.db() != null) {
            signIn.db().close();
        }
        try {
            DriverManager.getConnection(url() + ";shutdown=true", "admin", "adm1n").close();
        } catch (SQLException expected) {
            // 08006: shut down.
        }
        server.stop();
    }

    @Test
    void theRightPasswordSignsInAsTheRecruiterWithThatLogin() {
        assertThat(signIn.signIn("127.0.0.1", port, "ZOE", "z0e-pass".toCharArray())).isNull();

        assertThat(signIn.session().recruiter().displayName()).isEqualTo("Zoë Ødegård");
        assertThat(signIn.session().where()).isEqualTo("ZOE@127.0.0.1:" + port);
        assertThat(signIn.db().location().user()).isEqualTo("ZOE");
        // No role was granted to zoe on this bare server: she may only read.
        assertThat(signIn.session().role()).isEqualTo(org.warmline.recruiter.Role.VIEWER);
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefusedInOneSentence() {
        assertThat(signIn.signIn("127.0.0.1", port, "zoe", "guess".toCharArray()))
                .isEqualTo("The user name or password is wrong.");
        assertThat(signIn.signIn("127.0.0.1", port, "mallory", "guess".toCharArray()))
                .isEqualTo("The user name or password is wrong.");
        assertThat(signIn.signIn("127.0.0.1", port, "zoe", new char[0]))
                .isEqualTo("Enter your password.");
        assertThat(signIn.db()).isNull();
    }

    @Test
    void aLoginWithoutARecruiterIsToldWhatToAskFor() {
        assertThat(signIn.signIn("127.0.0.1", port, "kim", "k1m-pass".toCharArray()))
                .contains("no recruiter with the login \"kim\"").contains("warmline user add kim");
        assertThat(signIn.db()).isNull();
    }

    @Test
    void aServerThatIsNotRunningIsNamed() throws Exception {
        int closed = TestServer.freePort();
        assertThat(signIn.signIn("127.0.0.1", closed, "zoe", "z0e-pass".toCharArray()))
                .startsWith("The office server 127.0.0.1:" + closed + " cannot be reached");
    }
}
