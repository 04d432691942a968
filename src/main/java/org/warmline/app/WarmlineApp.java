package org.warmline.app;

import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.warmline.app.cli.UserError;
import org.warmline.app.demo.DemoAgency;
import org.warmline.app.ui.WelcomeDialog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.DatabaseInUseException;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.DataDirectory;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.ui.task.ProgressDialog;
import org.warmline.ui.theme.Theme;

/**
 * Starts the desktop app: boots the database in parallel with the look and feel, signs the
 * recruiter in (first-run welcome when needed), then opens the main window.
 */
public final class WarmlineApp {
    private final Path dataDir;
    private final Settings settings;
    private final Messages msg = new Messages(Locale.getDefault());
    private final Clock clock = Clock.systemDefaultZone();

    private final boolean smokeTest;

    private WarmlineApp(Path dataDir, boolean smokeTest) {
        this.dataDir = dataDir;
        this.settings = new Settings(dataDir);
        this.smokeTest = smokeTest;
    }

    /** Opens Warmline on a data directory; returns once the main window is showing. */
    public static void launch(Path dataDir) throws Exception {
        launch(dataDir, false);
    }

    /**
     * Opens Warmline; with {@code smokeTest}, prints {@code startup_ms=N} (time since the JVM
     * started) once the main window is usable and exits 0, or exits 1 if nobody is signed in.
     */
    public static void launch(Path dataDir, boolean smokeTest) throws Exception {
        try {
            prepare(dataDir);
        } catch (UserError e) {
            if (!smokeTest && !java.awt.GraphicsEnvironment.isHeadless()) {
                // Started from a desktop icon there is no console: say it in a window too.
                Messages msg = new Messages(Locale.getDefault());
                onEdt(() -> JOptionPane.showMessageDialog(null,
                        msg.get("app.error.start", e.getMessage()), msg.get("app.name"),
                        JOptionPane.ERROR_MESSAGE));
            }
            throw e;
        }
        new WarmlineApp(dataDir, smokeTest).start();
    }

    private static void prepare(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new UserError("cannot create the data directory " + dataDir);
        }
        if (!Files.isWritable(dataDir)) {
            throw new UserError("the data directory " + dataDir + " is read-only");
        }
        Logging.derbyLogIn(dataDir);
    }

    private void start() throws Exception {
        CompletableFuture<Database> boot = CompletableFuture.supplyAsync(
                () -> Database.embedded(DataDirectory.database(dataDir)).migrated());
        onEdt(() -> Theme.install(settings.get(Settings.THEME)));
        Database db;
        try {
            db = boot.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String text = cause instanceof DatabaseInUseException ? msg.get("app.error.inUse")
                    : msg.get("app.error.start", UserError.explain(cause));
            if (!smokeTest) {
                onEdt(() -> JOptionPane.showMessageDialog(null, text, msg.get("app.name"),
                        JOptionPane.ERROR_MESSAGE));
            }
            throw new UserError(UserError.explain(cause));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "warmline-shutdown"));
        // The usual start (someone signed in before) is looked up here, off the EDT.
        Optional<Recruiter> remembered = rememberedRecruiter(db);
        onEdt(() -> signInAndShow(db, remembered));
    }

    private Optional<Recruiter> rememberedRecruiter(Database db) {
        String login = settings.get(Settings.RECRUITER_LOGIN);
        return login.isBlank() ? Optional.empty() : new RecruiterService(db).findByLogin(login);
    }

    private void signInAndShow(Database db, Optional<Recruiter> remembered) {
        Optional<Session> session = remembered.isPresent()
                ? Optional.of(new Session(remembered.get(), db.location().describe()))
                : signIn(db);
        if (session.isEmpty()) {
            db.close();
            System.exit(0);
            return;
        }
        AppEvents events = new AppEvents(SwingUtilities::invokeLater);
        AppContext context = new AppContext(db, session.get(), events, clock,
                AppContext.feedbackPolicy(settings));
        new AppWindow(context, msg, settings, new UiState(dataDir), dataDir).open();
        if (smokeTest) {
            // Two hops through the event queue: the window has been laid out and painted.
            SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
                long ms = System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                db.close();
                System.exit(0);
            }));
        }
    }

    private Optional<Session> signIn(Database db) {
        RecruiterService recruiters = new RecruiterService(db);
        String where = db.location().describe();
        if (smokeTest) {
            System.err.println("warmline: nobody is signed in to " + dataDir
                    + "; start Warmline once without --smoke-test");
            db.close();
            System.exit(1);
        }
        java.util.List<Recruiter> existing = recruiters.list();
        if (!existing.isEmpty()) {
            Recruiter chosen = chooseRecruiter(existing);
            if (chosen == null) {
                return Optional.empty();
            }
            remember(chosen);
            return Optional.of(new Session(chosen, where));
        }
        WelcomeDialog.Choice choice = new WelcomeDialog(null, msg, System.getProperty("user.name", ""))
                .ask();
        if (choice == null) {
            return Optional.empty();
        }
        Recruiter me = choice.sample() ? loadSample(db, recruiters)
                : recruiters.ensure(loginFor(choice.name()), choice.name());
        remember(me);
        return Optional.of(new Session(me, where));
    }

    private Recruiter chooseRecruiter(java.util.List<Recruiter> existing) {
        Object[] names = existing.stream().map(Recruiter::displayName).toArray();
        Object picked = JOptionPane.showInputDialog(null, msg.get("app.signin.text"),
                msg.get("app.signin.title"), JOptionPane.QUESTION_MESSAGE, null, names, names[0]);
        if (picked == null) {
            return null;
        }
        return existing.stream().filter(r -> r.displayName().equals(picked)).findFirst()
                .orElse(existing.get(0));
    }

    private Recruiter loadSample(Database db, RecruiterService recruiters) {
        ProgressDialog.runModal(null, msg.get("app.welcome.loading"),
                () -> new DemoAgency(db, clock, 42).generate(500));
        return recruiters.findByLogin("maya").orElseThrow();
    }

    private void remember(Recruiter me) {
        settings.set(Settings.RECRUITER_LOGIN, me.login());
        settings.set(Settings.WELCOME_DONE, "true");
        settings.save();
    }

    static String loginFor(String name) {
        String folded = org.warmline.platform.text.Normalize.fold(name).replaceAll("[^a-z0-9]+", ".");
        return folded.isEmpty() ? "me" : folded.substring(0, Math.min(64, folded.length()));
    }

    private static void onEdt(Runnable r) throws InterruptedException, InvocationTargetException {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeAndWait(r);
        }
    }

    static Window activeWindow() {
        return java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
    }
}
