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
import org.warmline.app.ui.SignInDialog;
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
    /** {@link Settings#DB_MODE} for the office server; anything else means this computer. */
    static final String OFFICE_MODE = "office";
    static final String LOCAL_MODE = "embedded";

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

    private boolean officeMode() {
        return OFFICE_MODE.equals(settings.get(Settings.DB_MODE));
    }

    private void start() throws Exception {
        if (officeMode()) {
            if (smokeTest) {
                System.err.println("warmline: the office server needs a password; start "
                        + "Warmline once without --smoke-test");
                System.exit(1);
            }
            onEdt(() -> {
                Theme.install(settings.get(Settings.THEME));
                signInToOffice();
            });
            return;
        }
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

    /** The office server: sign in (password asked, never stored), then the main window. */
    private void signInToOffice() {
        OfficeSignIn office = new OfficeSignIn(msg);
        SignInDialog dialog = new SignInDialog(null, msg, settings.get(Settings.SERVER_HOST),
                settings.get(Settings.SERVER_PORT), settings.get(Settings.SERVER_USER),
                office::signIn);
        SignInDialog.Result result = dialog.ask();
        SignInDialog.Address typed = dialog.address();
        switch (result) {
            case SIGNED_IN -> {
                settings.set(Settings.SERVER_HOST, typed.host());
                settings.set(Settings.SERVER_PORT, String.valueOf(typed.port()));
                settings.set(Settings.SERVER_USER, typed.user());
                settings.save();
                Database db = office.db();
                Runtime.getRuntime().addShutdownHook(new Thread(db::close, "warmline-shutdown"));
                show(db, office.session());
            }
            case USE_LOCAL -> {
                settings.set(Settings.DB_MODE, LOCAL_MODE);
                settings.save();
                restartInBackground();
            }
            case CANCELLED -> System.exit(0);
        }
    }

    private void restartInBackground() {
        Thread t = new Thread(() -> {
            try {
                start();
            } catch (Exception e) {
                System.err.println("warmline: " + UserError.explain(e));
                System.exit(1);
            }
        }, "warmline-start");
        t.start();
    }

    private void signInAndShow(Database db, Optional<Recruiter> remembered) {
        Optional<Session> session = remembered.isPresent()
                ? Optional.of(new Session(remembered.get(), db.location().describe()))
                : signIn(db);
        if (session.isEmpty() && officeMode()) {
            // The welcome chose the office server: the local database is not needed.
            db.close();
            signInToOffice();
            return;
        }
        if (session.isEmpty()) {
            db.close();
            System.exit(0);
            return;
        }
        show(db, session.get());
    }

    private void show(Database db, Session session) {
        AppEvents events = new AppEvents(SwingUtilities::invokeLater);
        AppContext context = new AppContext(db, session, events, clock,
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
        WelcomeDialog.Choice choice = new WelcomeDialog(null, msg,
                System.getProperty("user.name", ""), settings.get(Settings.SERVER_HOST),
                settings.get(Settings.SERVER_PORT)).ask();
        if (choice == null) {
            return Optional.empty();
        }
        if (choice.office()) {
            settings.set(Settings.DB_MODE, OFFICE_MODE);
            settings.set(Settings.SERVER_HOST, choice.host());
            settings.set(Settings.SERVER_PORT, String.valueOf(choice.port()));
            settings.set(Settings.SERVER_USER, choice.user());
            settings.set(Settings.WELCOME_DONE, "true");
            settings.save();
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
