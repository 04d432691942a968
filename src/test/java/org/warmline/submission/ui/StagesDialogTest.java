package org.warmline.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.Stage;
import org.warmline.submission.SubmissionFixtureAccess;
import org.warmline.testing.Clicks;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.Press;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.theme.Theme;

@DbTest
class StagesDialogTest extends WindowTest {
    /** Set (e.g. -Dwarmline.screenshots=target/screenshots) to save PNGs of the dialog. */
    private static final String SCREENSHOTS = System.getProperty("warmline.screenshots");
    private SubmissionFixtureAccess fixture;

    @BeforeAll
    static void showTheAppTheme() {
        if (SCREENSHOTS != null) {
            // Screenshots are for judging the look, so they show the app's theme.
            GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
        }
    }

    @Test
    void addsAnInterviewRoundAndRenamesAStageAndTheBoardShowsBoth(Database db) {
        DialogFixture dialog = openStages(db);
        JTableFixture table = dialog.table("submission.stages.table");

        Press.row(table.target(), 3);
        Press.button(dialog.button("submission.stages.add").target());
        DialogFixture prompt = window.dialog("submission.stages.prompt");
        screenshot(prompt.target(), "stages-add-prompt.png");
        Press.enter((javax.swing.JTextField) prompt.textBox("submission.stages.name").target(),
                "Interview 3");
        Clicks.waitUntil("Interview 3 added", Clicks.TIMEOUT_MS,
                () -> table.target().getRowCount() == 9);
        // An in-place edit of the name cell, committed as the table's editor commits it.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> table.target().getModel()
                .setValueAt("Longlist", 0, StagesTableModel.NAME));
        Clicks.waitUntil("renamed", Clicks.TIMEOUT_MS, () -> "Longlist".equals(
                table.target().getValueAt(0, StagesTableModel.NAME)));
        table.requireCellValue(row(4).column(StagesTableModel.NAME), "Interview 3");
        table.requireCellValue(row(4).column(StagesTableModel.OUTCOME), "In progress");
        table.requireCellValue(row(4).column(StagesTableModel.POSITION), "50");
        table.requireCellValue(row(3).column(StagesTableModel.NAME), "Interview 2");
        table.requireCellValue(row(5).column(StagesTableModel.NAME), "Offer");
        dialog.label("submission.stages.error").requireText(" ");
        screenshot(dialog.target(), "stages-dialog.png");
        Press.button(dialog.button("submission.stages.close").target());
        Clicks.waitUntil("dialog closed", Clicks.TIMEOUT_MS, () -> !dialog.target().isShowing());
        Stage added = fixture.stages().list().stream()
                .filter(s -> s.name().equals("Interview 3")).findFirst().orElseThrow();
        window.list("pipeline.stage." + added.id().value()).requireVisible();
        window.label(titled("Longlist")).requireVisible();
        assertThat(fixture.stages().list()).extracting(Stage::name).doesNotContain("Sourced");
        screenshot(window.target(), "pipeline-board.png");
    }

    @Test
    void refusedRenameIsExplainedUnderTheTableAndEscapeCloses(Database db) {
        DialogFixture dialog = openStages(db);
        JTableFixture table = dialog.table("submission.stages.table");

        Press.row(table.target(), 0);
        Press.button(dialog.button("submission.stages.rename").target());
        Press.enter((javax.swing.JTextField) window.dialog("submission.stages.prompt")
                .textBox("submission.stages.name").target(), "offer");

        Clicks.waitUntil("refusal explained", Clicks.TIMEOUT_MS, () -> dialog
                .label("submission.stages.error").target().getText()
                .contains("“Sourced” was not renamed. A stage with this name already exists."));
        table.requireCellValue(row(0).column(StagesTableModel.NAME), "Sourced");
        screenshot(dialog.target(), "stages-dialog-error.png");
        Press.escape(dialog);
        Clicks.waitUntil("dialog closed", Clicks.TIMEOUT_MS, () -> !dialog.target().isShowing());
        assertThat(fixture.stages().list()).extracting(Stage::name).startsWith("Sourced");
    }

    private DialogFixture openStages(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        fixture = new SubmissionFixtureAccess(db);
        fixture.submitNewCandidate("Zoë", "Ødegård", "Kestrel Labs", "Data Analyst");
        // The default xvfb-run screen is 640x480: the board is wider, so the toolbar button
        // is pressed programmatically.
        window = ScreenFrames.show(ScreenFrames.robot(), "Pipeline", () -> {
            NavView view = new SubmissionScreens(fixture.submissions(), fixture.stages(),
                    new SearchService(db), new Messages(Locale.ENGLISH), new DirectTaskRunner(),
                    ref -> { }, fixture.events()).pipelineView();
            view.shown();
            return view.component();
        }, new Dimension(640, 480));
        JButton stages = window.button("pipeline.stages").requireEnabled().target();
        SwingUtilities.invokeLater(stages::doClick);
        DialogFixture dialog = window.dialog("submission.stages");
        // Clicks before the new window is mapped and focused can get lost (no window manager
        // under Xvfb); the dialog focuses its table when it opens.
        Pause.pause(new Condition("stages table focused") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    Component focused = dialog.target().getFocusOwner();
                    return focused != null && "submission.stages.table".equals(focused.getName());
                });
            }
        }, 5000);
        return dialog;
    }

    private static GenericTypeMatcher<JLabel> titled(String text) {
        return new GenericTypeMatcher<>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return text.equals(label.getText()) && label.isShowing();
            }
        };
    }

    private static void screenshot(Component component, String file) {
        if (SCREENSHOTS != null) {
            File png = new File(SCREENSHOTS, file);
            png.getParentFile().mkdirs();
            png.delete();
            new ScreenshotTaker().saveComponentAsPng(component, png.getPath());
        }
    }
}
