package org.warmline.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JList;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.warmline.app.AppContext;
import org.warmline.app.AppWindow;
import org.warmline.app.demo.DemoAgency;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.testing.DatabaseExtension;
import org.warmline.ui.theme.Theme;

/**
 * Base of the GUI flows: a real main window on a fresh embedded database, driven by AssertJ
 * Swing under Xvfb, components found by name. A screenshot is saved when a test fails.
 */
@Tag("gui")
@ExtendWith(ScreenshotOnFailure.class)
public abstract class GuiTest {
    protected Robot robot;
    protected FrameFixture window;
    protected Database db;
    protected AppContext context;
    private Path dataDir;
    private AppWindow app;

    @BeforeAll
    static void installGuards() {
        System.setProperty("warmline.noExit", "true");
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
    }

    /** How many sample candidates to load before the window opens; 0 for an empty agency. */
    protected int sampleCandidates() {
        return 0;
    }

    @BeforeEach
    void openWindow() throws Exception {
        dataDir = Files.createTempDirectory("warmline-gui");
        db = DatabaseExtension.freshEmbedded(dataDir.resolve("db"));
        RecruiterService recruiters = new RecruiterService(db);
        Recruiter me;
        if (sampleCandidates() > 0) {
            new DemoAgency(db, Clock.systemDefaultZone(), 42).generate(sampleCandidates());
            me = recruiters.findByLogin("maya").orElseThrow();
        } else {
            me = recruiters.ensure("ana", "Ana Ribeiro");
        }
        context = new AppContext(db, new Session(me, db.location().describe()),
                new AppEvents(javax.swing.SwingUtilities::invokeLater), Clock.systemDefaultZone());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(0);
        robot.settings().eventPostingDelay(10);
        app = GuiActionRunner.execute(() -> {
            AppWindow w = new AppWindow(context, new Messages(Locale.ENGLISH), new Settings(dataDir),
                    new UiState(dataDir), dataDir);
            w.open();
            return w;
        });
        window = new FrameFixture(robot, app.mainWindow().frame());
        ScreenshotOnFailure.register(this);
    }

    /** The data directory of this test's Warmline. */
    protected Path dataDir() {
        return dataDir;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) {
            // As the user closing it: background work stops reporting, then the database closes.
            GuiActionRunner.execute(() -> app.close());
        }
        if (window != null) {
            window.cleanUp();
        }
        if (db != null) {
            db.close();
        }
        DatabaseExtension.deleteTree(dataDir);
    }

    /**
     * On the Pipeline board, selects the one card in Submitted and presses Reject; returns the
     * close dialog once its reasons have loaded.
     */
    protected DialogFixture rejectTheSubmittedCard() {
        Gui.nav(window, "pipeline");
        JListFixture submitted = new JListFixture(robot,
                Gui.find(robot, "pipeline.stage.2", JList.class));
        Gui.waitUntil("card in Submitted", () -> submitted.target().getModel().getSize() == 1);
        submitted.selectItem(0);
        window.button("pipeline.reject").click();
        DialogFixture close = Gui.dialog(robot, "submission.close");
        JComboBox<?> reasons = close.comboBox("submission.close.reason").target();
        Gui.waitUntil("reasons loaded", () -> reasons.getItemCount() > 5);
        return close;
    }
}
