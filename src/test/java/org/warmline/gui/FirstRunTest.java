package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.WarmlineApp;
import org.warmline.platform.settings.Settings;

/** The whole start: an empty data directory, the welcome screen, then the main window. */
@Tag("gui")
class FirstRunTest {
    @TempDir
    Path dataDir;
    private Robot robot;
    private FrameFixture main;

    @BeforeEach
    void setUp() {
        System.setProperty("warmline.noExit", "true");
        FailOnThreadViolationRepaintManager.install();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(0);
        robot.settings().eventPostingDelay(10);
    }

    @AfterEach
    void tearDown() {
        if (main != null) {
            main.close();
        }
        robot.cleanUp();
    }

    private void launch() {
        CompletableFuture.runAsync(() -> {
            try {
                WarmlineApp.launch(dataDir);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void startEmptyAsANewRecruiter() throws Exception {
        launch();
        DialogFixture welcome = Gui.dialog(robot, "welcome");
        welcome.textBox("welcome.name").setText("Zoë Ødegård");
        welcome.radioButton("welcome.empty").requireSelected();
        Gui.clickUntil(welcome.button("welcome.start"), "welcome closed",
                () -> !welcome.target().isShowing());

        main = WindowFinder.findFrame("app.main").withTimeout(20_000).using(robot);
        assertThat(main.label("app.status.user").text()).isEqualTo("Signed in as Zoë Ødegård");
        assertThat(main.label("app.status.database").text()).isEqualTo("Local database");
        assertThat(main.target().getTitle()).startsWith("Warmline");
        assertThat(new Settings(dataDir).get(Settings.RECRUITER_LOGIN)).isEqualTo("zoe.odegard");
        assertThat(Files.isDirectory(dataDir.resolve("db"))).isTrue();
    }

    @Test
    void anUnusableDataDirectoryIsExplainedInAWindow() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");
        CompletableFuture<Void> start = CompletableFuture.runAsync(() -> {
            try {
                WarmlineApp.launch(file.resolve("data"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        org.assertj.swing.fixture.JOptionPaneFixture error =
                org.assertj.swing.finder.JOptionPaneFinder.findOptionPane()
                        .withTimeout(10_000).using(robot);
        assertThat(error.target().getMessage().toString())
                .startsWith("Warmline could not start: cannot create the data directory");
        error.okButton().click();
        assertThat(start).failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withRootCauseInstanceOf(org.warmline.app.cli.UserError.class);
    }

    @Test
    void loadSampleAgencyAndWorkAsItsFirstRecruiter() {
        launch();
        DialogFixture welcome = Gui.dialog(robot, "welcome");
        Gui.clickUntil(welcome.radioButton("welcome.sample"), "sample chosen",
                () -> welcome.radioButton("welcome.sample").target().isSelected());
        Gui.clickUntil(welcome.button("welcome.start"), "welcome closed",
                () -> !welcome.target().isShowing());

        main = WindowFinder.findFrame("app.main").withTimeout(60_000).using(robot);
        assertThat(main.label("app.status.user").text()).isEqualTo("Signed in as Maya Lindqvist");
        Gui.nav(main, "candidates");
        Gui.waitUntil("500 candidates listed",
                () -> main.label("candidate.list.count").target().getText().startsWith("500"));
    }
}
