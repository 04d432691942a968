package org.warmline.importing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.warmline.app.AppContext;
import org.warmline.app.AppWindow;
import org.warmline.app.demo.DemoAgency;
import org.warmline.importing.ui.ImportWizard;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.ui.theme.Theme;

/** Screenshots of the import wizard and the Duplicates view: {@code ImportTour OUT_DIR}. */
public final class ImportTour {
    private ImportTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        System.setProperty("warmline.noExit", "true");
        Path dir = Files.createTempDirectory("warmline-import-tour");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        Database db = Database.embedded(dir.resolve("db")).migrated();
        new DemoAgency(db, Clock.systemDefaultZone(), 42).generate(200);
        var me = new RecruiterService(db).findByLogin("maya").orElseThrow();
        AppContext ctx = new AppContext(db, new Session(me, db.location().describe()),
                new AppEvents(SwingUtilities::invokeLater), Clock.systemDefaultZone());
        Path file = ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Zoë,Ødegård,https://www.linkedin.com/in/zoe-odegard-example,zoe@example.com,"
                        + "\"Nordlys, Bergen AS\",Data Engineer,05 Mar 2024",
                "Zoe,Odegard,https://www.linkedin.com/in/zoe-odegard-example/,,Nordlys,Data Lead,"
                        + "06 Mar 2024",
                "Tomasz,Wiśniewski,https://www.linkedin.com/in/tomasz-w-example,,Kraków Labs,"
                        + "\"Head of QA, Platform\",17 Jan 2023",
                "Tomasz,Wisniewski,,tomasz@example.pl,,\"Head of QA, Platform, Kraków Labs\",",
                "芳,王,https://www.linkedin.com/in/wang-fang-example,,,,01 Dec 2022"));
        ctx.imports().run(new ImportRequest(file, ImportType.CANDIDATES, null,
                DuplicatePolicy.IMPORT_ANYWAY, false), ImportProgress.NONE);
        Messages msg = new Messages(Locale.ENGLISH);
        AppWindow[] app = new AppWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(Theme.LIGHT);
            app[0] = new AppWindow(ctx, msg, new Settings(dir), new UiState(dir), dir);
            app[0].open();
        });
        Robot robot = new Robot();
        SwingUtilities.invokeAndWait(() -> app[0].mainWindow().select("duplicates"));
        Thread.sleep(2000);
        shoot(robot, out.resolve("duplicates.png"));
        SwingUtilities.invokeLater(() -> {
            JTable t = (JTable) find(app[0].mainWindow().frame(), "duplicates.list");
            t.setRowSelectionInterval(0, 0);
            ((AbstractButton) find(app[0].mainWindow().frame(), "duplicates.list.merge")).doClick();
        });
        Thread.sleep(2500);
        shoot(robot, out.resolve("merge.png"));
        closeDialogs();
        SwingUtilities.invokeLater(() -> new ImportWizard(app[0].mainWindow().frame(),
                ctx.imports(), msg, new DirectTaskRunner()).open());
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> ((JTextField) find(null, "importing.wizard.file"))
                .setText(file.toString()));
        shoot(robot, out.resolve("import-file.png"));
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(null, "importing.wizard.next")).doClick());
        Thread.sleep(1200);
        shoot(robot, out.resolve("import-mapping.png"));
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(null, "importing.wizard.next")).doClick());
        Thread.sleep(1500);
        shoot(robot, out.resolve("import-done.png"));
        closeDialogs();
        System.exit(0);
    }

    private static void closeDialogs() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof javax.swing.JDialog && w.isShowing()) {
                    w.dispose();
                }
            }
        });
        Thread.sleep(400);
    }

    private static Component find(Container root, String name) {
        if (root == null) {
            for (Window w : Window.getWindows()) {
                Component c = w.isShowing() ? find(w, name) : null;
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void shoot(Robot robot, Path file) throws Exception {
        ImageIO.write(robot.createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit()
                .getScreenSize())), "png", file.toFile());
    }
}
