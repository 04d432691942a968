package org.warmline.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.warmline.app.AppContext;
import org.warmline.app.AppWindow;
import org.warmline.app.demo.DemoAgency;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.theme.Theme;

/**
 * Development aid, not a test: opens the sample agency and saves a screenshot of each main
 * screen to the folder given as the first argument (run under Xvfb).
 */
public final class ScreenTour {
    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        String theme = args.length > 1 ? args[1] : Theme.LIGHT;
        System.setProperty("warmline.noExit", "true");
        Path dir = Files.createTempDirectory("warmline-tour");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        Database db = Database.embedded(dir.resolve("db")).migrated();
        new DemoAgency(db, Clock.systemDefaultZone(), 42).generate(500);
        var me = new RecruiterService(db).findByLogin("maya").orElseThrow();
        AppContext ctx = new AppContext(db, new Session(me, db.location().describe()),
                new AppEvents(SwingUtilities::invokeLater), Clock.systemDefaultZone());
        AppWindow[] app = new AppWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(theme);
            app[0] = new AppWindow(ctx, new Messages(Locale.ENGLISH), new Settings(dir),
                    new UiState(dir), dir);
            app[0].open();
        });
        Robot robot = new Robot();
        for (String view : new String[] {"today", "candidates", "employers", "jobs", "pipeline", "feedback"}) {
            SwingUtilities.invokeAndWait(() -> app[0].mainWindow().select(view));
            Thread.sleep(1500);
            shoot(robot, out.resolve(theme + "-" + view + ".png"));
        }
        editor(robot, out, theme, () -> app[0].openRecord(new RecordRef(RecordKind.CANDIDATE, 1)),
                "candidate", "candidate.editor.tabs", 4);
        editor(robot, out, theme, () -> app[0].openRecord(new RecordRef(RecordKind.EMPLOYER, 1)),
                "employer", "employer.editor.tabs", 5);
        editor(robot, out, theme, () -> app[0].openRecord(new RecordRef(RecordKind.JOB, 1)),
                "job", "job.editor.tabs", 3);
        SwingUtilities.invokeLater(() -> new org.warmline.app.ui.WelcomeDialog(null,
                new Messages(Locale.ENGLISH), "Ana Ribeiro").ask());
        Thread.sleep(1200);
        shoot(robot, out.resolve(theme + "-welcome.png"));
        closeActive();
        System.exit(0);
    }

    private static void editor(Robot robot, Path out, String theme, Runnable open, String name,
                               String tabsName, int tabs) throws Exception {
        SwingUtilities.invokeLater(open);
        Thread.sleep(1500);
        for (int i = 0; i < tabs; i++) {
            int index = i;
            SwingUtilities.invokeAndWait(() -> {
                java.awt.Window w = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                        .getActiveWindow();
                javax.swing.JTabbedPane pane = find(w, tabsName);
                if (pane != null && index < pane.getTabCount()) {
                    pane.setSelectedIndex(index);
                }
            });
            Thread.sleep(900);
            shoot(robot, out.resolve(theme + "-" + name + "-" + i + ".png"));
        }
        closeActive();
    }

    private static javax.swing.JTabbedPane find(java.awt.Component c, String name) {
        if (c instanceof javax.swing.JTabbedPane p && name.equals(p.getName())) {
            return p;
        }
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                javax.swing.JTabbedPane found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void closeActive() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            java.awt.Window w = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                    .getActiveWindow();
            if (w instanceof javax.swing.JDialog) {
                w.dispose();
            }
        });
        Thread.sleep(300);
    }

    static void shoot(Robot robot, Path file) throws Exception {
        BufferedImage image = robot.createScreenCapture(
                new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        ImageIO.write(image, "png", file.toFile());
    }
}
