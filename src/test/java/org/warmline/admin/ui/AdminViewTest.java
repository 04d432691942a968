package org.warmline.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Role;
import org.warmline.server.AccessTest;
import org.warmline.server.BackupService;
import org.warmline.server.OfficeUser;
import org.warmline.server.ServerProcess;
import org.warmline.server.UserService;
import org.warmline.testing.DatabaseExtension;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.theme.Theme;

/** The admin screen against a real office server: lists users and adds one through the dialog. */
class AdminViewTest {
    /** Set (e.g. -Dwarmline.screenshots=target/screenshots) to save PNGs of the screen. */
    private static final String SCREENSHOTS = System.getProperty("warmline.screenshots");
    private static Path dir;
    private static ServerProcess server;
    private static Database admin;
    private FrameFixture window;

    @BeforeAll
    static void startServer() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        FailOnThreadViolationRepaintManager.install();
        if (SCREENSHOTS != null) {
            GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
        }
        dir = Files.createTempDirectory("warmline-admin");
        server = new ServerProcess(dir.resolve("office")).start();
        admin = server.admin();
        UserService users = AccessTest.users(admin);
        users.add("maya", "Maya Lindqvist", "maya-secret-1".toCharArray(), Role.RECRUITER);
        users.add("wang", "王芳", "wang-secret-1".toCharArray(), Role.VIEWER);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server == null) {
            return;
        }
        FailOnThreadViolationRepaintManager.uninstall();
        admin.close();
        server.close();
        DatabaseExtension.deleteTree(dir);
    }

    @AfterEach
    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void listsTheUsersAndAddsARecruiterThroughTheDialog() throws Exception {
        UserService users = AccessTest.users(admin);
        AdminView view = GuiActionRunner.execute(() -> new AdminView(users,
                new BackupService(admin, Clock.systemUTC()), new Messages(Locale.ENGLISH),
                new DirectTaskRunner()));
        window = ScreenFrames.show(ScreenFrames.robot(), "Administration", view::component,
                new Dimension(900, 600));
        GuiActionRunner.execute(view::shown);
        window.table("admin.users").requireRowCount(3);
        window.label("admin.users.count").requireText("3 users");
        screenshot("admin-users.png");

        javax.swing.SwingUtilities.invokeLater(() -> window.button("admin.users.add").target().doClick());
        DialogFixture dialog = window.dialog("admin.editor");
        dialog.textBox("admin.editor.login").setText("zoe");
        dialog.textBox("admin.editor.displayName").setText("Zoë Ødegård");
        dialog.textBox("admin.editor.password").setText("short");
        screenshot("admin-add-user.png");
        GuiActionRunner.execute(() -> dialog.button("admin.editor.save").target().doClick());
        dialog.label("admin.editor.password.error").requireText("At least 8 characters.");
        dialog.textBox("admin.editor.password").setText("zoe-secret-1");
        GuiActionRunner.execute(() -> dialog.button("admin.editor.save").target().doClick());

        window.table("admin.users").requireRowCount(4);
        assertThat(users.list()).filteredOn(u -> u.login().equals("zoe"))
                .extracting(OfficeUser::displayName, OfficeUser::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zoë Ødegård", Role.RECRUITER));
        try (Database zoe = server.login("zoe", "zoe-secret-1")) {
            assertThat(UserService.roleOf(zoe)).isEqualTo(Role.RECRUITER);
        }
    }

    private void screenshot(String name) {
        if (SCREENSHOTS != null) {
            new File(SCREENSHOTS).mkdirs();
            new ScreenshotTaker().saveDesktopAsPng(new File(SCREENSHOTS, name).getPath());
        }
    }
}
