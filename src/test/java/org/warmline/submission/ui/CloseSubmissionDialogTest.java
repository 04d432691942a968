package org.warmline.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.io.File;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.ClosureRecord;
import org.warmline.submission.EndedBy;
import org.warmline.submission.RejectionReason;
import org.warmline.submission.StageId;
import org.warmline.submission.Submission;
import org.warmline.submission.SubmissionFixtureAccess;
import org.warmline.testing.Clicks;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.theme.Theme;

@DbTest
class CloseSubmissionDialogTest extends WindowTest {
    /** Set (e.g. -Dwarmline.screenshots=target/screenshots) to save PNGs of the dialog. */
    private static final String SCREENSHOTS = System.getProperty("warmline.screenshots");
    private static final StageId REJECTED = new StageId(7);
    private SubmissionFixtureAccess fixture;
    private Submission submission;

    @BeforeAll
    static void showTheAppTheme() {
        if (SCREENSHOTS != null) {
            GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
        }
    }

    @Test
    void rejectingACardAsksWhyAndRecordsTheReason(Database db) {
        DialogFixture dialog = openRejectDialog(db);
        assertThat(dialog.target().getTitle())
                .isEqualTo("Reject Zoë Ødegård — Data Analyst at Kestrel Labs");
        dialog.radioButton("submission.close.endedBy.EMPLOYER").requireSelected();
        dialog.checkBox("submission.close.notAboutCandidate").requireNotSelected();
        JComboBoxFixture reason = dialog.comboBox("submission.close.reason");

        Clicks.until(() -> reason.selectItem("Internal candidate chosen"), "reason chosen",
                () -> reason.target().getSelectedItem() instanceof RejectionReason r
                        && r.name().equals("Internal candidate chosen"));
        dialog.checkBox("submission.close.notAboutCandidate").requireSelected();
        dialog.textBox("submission.close.note").enterText("They promoted a team member.");
        screenshot(dialog.target(), "close-dialog.png");
        Clicks.until(() -> dialog.button("submission.close.ok").click(), "dialog closed",
                () -> !dialog.target().isShowing());
        JList<?> rejected = window.list("pipeline.stage.7").target();
        Clicks.waitUntil("card in Rejected", Clicks.TIMEOUT_MS,
                () -> rejected.getModel().getSize() == 1);
        assertThat(fixture.submissions().row(submission.id()).stageId()).isEqualTo(REJECTED);
        ClosureRecord closure = fixture.submissions().closure(submission.id()).orElseThrow();
        assertThat(closure.reasonName()).isEqualTo("Internal candidate chosen");
        assertThat(closure.endedBy()).isEqualTo(EndedBy.EMPLOYER);
        assertThat(closure.notAboutCandidate()).isTrue();
        assertThat(closure.note()).isEqualTo("They promoted a team member.");
    }

    @Test
    void aMissingReasonIsShownInlineAndEscapeCancels(Database db) {
        DialogFixture dialog = openRejectDialog(db);

        Clicks.until(() -> dialog.button("submission.close.ok").click(), "reason error shown",
                () -> !" ".equals(dialog.label("submission.close.reason.error").target()
                        .getText()));
        dialog.label("submission.close.reason.error").requireText("Choose the reason it ended.");
        dialog.requireVisible();
        screenshot(dialog.target(), "close-dialog-error.png");
        dialog.comboBox("submission.close.reason").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        if (dialog.target().isShowing()) {
            dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        }

        dialog.requireNotVisible();
        assertThat(fixture.submissions().closure(submission.id())).isEmpty();
        assertThat(fixture.submissions().row(submission.id()).stageId())
                .isEqualTo(submission.stageId());
    }

    private DialogFixture openRejectDialog(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        fixture = new SubmissionFixtureAccess(db);
        submission = fixture.submitNewCandidate("Zoë", "Ødegård", "Kestrel Labs", "Data Analyst");
        window = ScreenFrames.show(ScreenFrames.robot(), "Pipeline", () -> {
            NavView view = new SubmissionScreens(fixture.submissions(), fixture.stages(),
                    new SearchService(db), new Messages(Locale.ENGLISH),
                    new org.warmline.testing.DirectTaskRunner(), ref -> { }, fixture.events())
                    .pipelineView();
            view.shown();
            return view.component();
        }, new Dimension(1400, 700));
        JList<?> card = window.list("pipeline.stage.2").target();
        JButton reject = window.button("pipeline.reject").target();
        GuiActionRunner.execute(() -> card.setSelectedIndex(0));
        window.button("pipeline.reject").requireEnabled();
        // The dialog is modal: press the button from a later EDT event so the test goes on.
        SwingUtilities.invokeLater(reject::doClick);
        DialogFixture dialog = window.dialog("submission.close");
        Clicks.waitUntil("reason combo focused", Clicks.TIMEOUT_MS, () -> {
            Component focused = dialog.target().getFocusOwner();
            return focused != null && "submission.close.reason".equals(focused.getName());
        });
        return dialog;
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
