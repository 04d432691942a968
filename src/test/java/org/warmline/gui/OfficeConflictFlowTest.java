package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.warmline.app.AppContext;
import org.warmline.app.AppWindow;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.TestServer;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.testing.DatabaseExtension;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.theme.Theme;

/**
 * Two recruiters' windows on one office server (a real Derby Network Server started here on
 * 127.0.0.1, schema WARMLINE migrated): both edit the same candidate, the second save shows
 * the conflict dialog, and the choice decides what is stored.
 */
@Tag("gui")
class OfficeConflictFlowTest {
    private static final Path SCREENS = Path.of("target", "screens");
    private Path dir;
    private int port;
    private TestServer server;
    private Robot robot;
    private final List<Database> databases = new ArrayList<>();
    private final List<FrameFixture> frames = new ArrayList<>();
    private final List<AppWindow> apps = new ArrayList<>();
    private final List<AppContext> contexts = new ArrayList<>();
    private CandidateId ana;

    @BeforeAll
    static void installGuards() {
        System.setProperty("warmline.noExit", "true");
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
    }

    @BeforeEach
    void twoRecruitersOnOneServer() throws Exception {
        dir = Files.createTempDirectory("warmline-office");
        server = TestServer.start();
        port = server.port();
        try (Connection c = DriverManager.getConnection(url() + ";create=true", "admin", "x");
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + Database.OFFICE_SCHEMA);
        }
        Database admin = open("admin").migrated();
        RecruiterService recruiters = new RecruiterService(admin);
        Recruiter zoe = recruiters.ensure("zoe", "Zoë Ødegård");
        Recruiter fang = recruiters.ensure("fang", "王芳");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(0);
        robot.settings().eventPostingDelay(10);
        window(open("zoe"), zoe);
        window(open("fang"), fang);
        Candidate draft = contexts.get(0).candidates().newDraft();
        ana = contexts.get(0).candidates().register(new Candidate(null, "Ana", "Ribeiro",
                "ana.ribeiro@example.com", null, null, null, null, "Java developer", List.of(),
                null, draft.ownerId(), draft.status(), null, null, null, 0)).id();
        admin.close();
    }

    private String url() {
        return "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("warmline");
    }

    private Database open(String user) {
        Database db = Database.network("127.0.0.1", port, dir.resolve("warmline").toString(),
                user, "secret".toCharArray(), Database.OFFICE_SCHEMA);
        databases.add(db);
        return db;
    }

    private void window(Database db, Recruiter me) throws Exception {
        Path data = Files.createDirectories(dir.resolve("client-" + me.login()));
        AppContext ctx = new AppContext(db, new Session(me, me.login() + "@127.0.0.1:" + port),
                new AppEvents(SwingUtilities::invokeLater), Clock.systemDefaultZone());
        AppWindow app = GuiActionRunner.execute(() -> {
            AppWindow w = new AppWindow(ctx, new Messages(Locale.ENGLISH), new Settings(data),
                    new UiState(data), data);
            w.open();
            return w;
        });
        int left = apps.size() * 720;
        GuiActionRunner.execute(() -> app.mainWindow().frame().setBounds(left, 0, 720, 880));
        contexts.add(ctx);
        apps.add(app);
        frames.add(new FrameFixture(robot, app.mainWindow().frame()));
    }

    @AfterEach
    void closeAll() throws Exception {
        frames.forEach(FrameFixture::cleanUp);
        contexts.forEach(c -> c.changes().close());
        databases.forEach(Database::close);
        try {
            DriverManager.getConnection(url() + ";shutdown=true", "admin", "x").close();
        } catch (SQLException expected) {
            // 08006: the database shut down.
        }
        server.stop();
        DatabaseExtension.deleteTree(dir);
    }

    /** Opens the candidate in recruiter {@code who}'s window and returns its editor. */
    private DialogFixture openEditor(int who, List<JDialog> already) {
        GuiActionRunner.execute(() -> apps.get(who).openRecord(
                new RecordRef(RecordKind.CANDIDATE, ana.value())));
        JDialog editor = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return "candidate.editor".equals(d.getName()) && d.isShowing()
                        && !already.contains(d);
            }
        }).withTimeout(Gui.TIMEOUT_MS).using(robot).target() instanceof JDialog d ? d : null;
        already.add(editor);
        return new DialogFixture(robot, editor);
    }

    /** Zoë and Fang both open Ana; Fang saves a new first name first; Zoë then saves hers. */
    private DialogFixture zoeSavesAfterFang(List<JDialog> editors) {
        DialogFixture zoe = openEditor(0, editors);
        DialogFixture fang = openEditor(1, editors);
        type(fang, "candidate.form.firstName", "Ana Maria");
        Gui.clickUntil(fang.button("candidate.editor.save"), "Fang's editor closed",
                () -> !fang.target().isShowing());
        type(zoe, "candidate.form.firstName", "Anna");
        type(zoe, "candidate.form.currentTitle", "Lead Java developer");
        GuiActionRunner.execute(() -> zoe.target().toFront());
        Gui.clickUntil(zoe.button("candidate.editor.save"), "conflict shown",
                () -> conflictShowing());
        return zoe;
    }

    /** Puts text in a field of an editor (as typing would; focus is unreliable without a WM). */
    private static void type(DialogFixture editor, String field, String text) {
        javax.swing.text.JTextComponent target = editor.textBox(field).target();
        GuiActionRunner.execute(() -> target.setText(text));
    }

    private boolean conflictShowing() {
        return !robot.finder().findAll(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return "conflict".equals(d.getName()) && d.isShowing();
            }
        }).isEmpty();
    }

    private Candidate stored() {
        return contexts.get(1).candidates().get(ana);
    }

    @Test
    void theSecondSaveShowsTheConflictAndKeepMineStoresMine() throws Exception {
        List<JDialog> editors = new ArrayList<>();
        DialogFixture zoe = zoeSavesAfterFang(editors);

        DialogFixture conflict = Gui.dialog(robot, "conflict");
        conflict.radioButton("conflict.firstName.mine").requireSelected();
        assertThat(conflict.radioButton("conflict.firstName.stored").target().getText())
                .isEqualTo("Ana Maria");
        Files.createDirectories(SCREENS);
        ScreenTour.shoot(new java.awt.Robot(), SCREENS.resolve("conflict-dialog.png"));
        conflict.button("conflict.keepMine").click();

        Gui.waitUntil("Zoë's editor closed", () -> !zoe.target().isShowing());
        assertThat(stored().firstName()).isEqualTo("Anna");
        assertThat(stored().currentTitle()).isEqualTo("Lead Java developer");
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void takeStoredShowsFangsVersionAndWritesNothing() {
        List<JDialog> editors = new ArrayList<>();
        DialogFixture zoe = zoeSavesAfterFang(editors);

        DialogFixture conflict = Gui.dialog(robot, "conflict");
        conflict.button("conflict.takeStored").click();

        Gui.waitUntil("stored version shown", () -> GuiActionRunner.execute(
                () -> zoe.textBox("candidate.form.firstName").target().getText())
                .equals("Ana Maria"));
        zoe.textBox("candidate.form.currentTitle").requireText("Java developer");
        assertThat(stored().firstName()).isEqualTo("Ana Maria");
        assertThat(stored().version()).isEqualTo(1);
        zoe.button("candidate.editor.cancel").click();
        Gui.waitUntil("closed without asking", () -> !zoe.target().isShowing());
    }

    @Test
    void aListShowsTheOtherRecruitersChangeWithinSeconds() {
        GuiActionRunner.execute(() -> apps.get(0).mainWindow().frame().toFront());
        Gui.nav(frames.get(0), "candidates");
        JTable list = frames.get(0).table("candidate.list").target();
        Gui.waitUntil("Ana listed", () -> tableHas(list, "Ribeiro"));

        Candidate current = contexts.get(1).candidates().get(ana);
        contexts.get(1).candidates().update(new Candidate(current.id(), current.firstName(),
                "Ribeiro-Svensson", current.email(), null, null, null, null,
                current.currentTitle(), List.of(), null, current.ownerId(), current.status(),
                null, current.createdAt(), current.updatedAt(), current.version()));

        Gui.waitUntil("Zoë's list shows Fang's change", 8_000,
                () -> tableHas(list, "Ribeiro-Svensson"));
    }

    @Test
    void signInRefusalIsShownInTheDialogAndThePasswordCanBeRetyped() throws Exception {
        List<String> tried = new ArrayList<>();
        org.warmline.app.ui.SignInDialog dialog = GuiActionRunner.execute(() ->
                new org.warmline.app.ui.SignInDialog(null, new Messages(Locale.ENGLISH),
                        "office-server.local", "1527", "zoe", (host, p, user, password) -> {
                            tried.add(user + "@" + host + ":" + p + " " + new String(password));
                            return tried.size() == 1 ? "The user name or password is wrong."
                                    : null;
                        }));
        List<org.warmline.app.ui.SignInDialog.Result> results = new ArrayList<>();
        SwingUtilities.invokeLater(() -> results.add(dialog.ask()));
        DialogFixture signIn = Gui.dialog(robot, "signin");
        javax.swing.JPasswordField password = (javax.swing.JPasswordField) signIn
                .textBox("signin.password").target();
        GuiActionRunner.execute(() -> password.setText("wrong"));
        signIn.button("signin.ok").click();
        Gui.waitUntil("refusal shown", () -> GuiActionRunner.execute(
                () -> signIn.label("signin.error").target().getText()).contains("wrong"));
        Files.createDirectories(SCREENS);
        ScreenTour.shoot(new java.awt.Robot(), SCREENS.resolve("sign-in-dialog.png"));
        GuiActionRunner.execute(() -> password.setText("s3cret"));
        signIn.button("signin.ok").click();
        Gui.waitUntil("signed in", () -> !results.isEmpty());

        assertThat(results).containsExactly(org.warmline.app.ui.SignInDialog.Result.SIGNED_IN);
        assertThat(tried).containsExactly("zoe@office-server.local:1527 wrong",
                "zoe@office-server.local:1527 s3cret");
    }

    @Test
    void preferencesChooseTheOfficeServer() throws Exception {
        Path data = dir.resolve("client-zoe");
        Settings settings = new Settings(data);
        org.warmline.app.ui.PreferencesDialog prefs = GuiActionRunner.execute(() ->
                new org.warmline.app.ui.PreferencesDialog(apps.get(0).mainWindow().frame(),
                        new Messages(Locale.ENGLISH), settings,
                        List.of(contexts.get(0).session().recruiter()),
                        contexts.get(0).session().recruiter(), "zoe@127.0.0.1:" + port));
        List<Boolean> changed = new ArrayList<>();
        SwingUtilities.invokeLater(() -> changed.add(prefs.show()));
        DialogFixture dialog = Gui.dialog(robot, "prefs");
        Gui.clickUntil(dialog.radioButton("prefs.database.office"), "office chosen",
                () -> dialog.radioButton("prefs.database.office").target().isSelected());
        javax.swing.text.JTextComponent host = dialog.textBox("prefs.server.host").target();
        javax.swing.text.JTextComponent user = dialog.textBox("prefs.server.user").target();
        GuiActionRunner.execute(() -> {
            host.setText("crm.office.example");
            user.setText("zoe");
        });
        Files.createDirectories(SCREENS);
        ScreenTour.shoot(new java.awt.Robot(), SCREENS.resolve("preferences.png"));
        dialog.button("prefs.ok").click();
        Gui.waitUntil("closed", () -> !changed.isEmpty());

        assertThat(changed).containsExactly(true);
        Settings reread = new Settings(data);
        assertThat(reread.get(Settings.DB_MODE)).isEqualTo("office");
        assertThat(reread.get(Settings.SERVER_HOST)).isEqualTo("crm.office.example");
        assertThat(reread.get(Settings.SERVER_USER)).isEqualTo("zoe");
        assertThat(Files.readString(data.resolve("settings.properties"))).doesNotContain("secret");
    }

    private static boolean tableHas(JTable table, String text) {
        for (int r = 0; r < table.getRowCount(); r++) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                Object v = table.getValueAt(r, c);
                if (v != null && String.valueOf(v).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
