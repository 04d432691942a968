package org.warmline.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.RejectionReason;
import org.warmline.submission.SubmissionFixtureAccess;
import org.warmline.testing.Clicks;
import org.warmline.testing.DbTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.nav.NavView;

/** The agency edits its rejection reasons from the Pipeline board. */
@DbTest
class ReasonsDialogTest {
    private FrameFixture window;

    @BeforeAll
    static void failOnThreadViolations() {
        if (!GraphicsEnvironment.isHeadless()) {
            FailOnThreadViolationRepaintManager.install();
        }
    }

    @AfterAll
    static void restoreRepaintManager() {
        if (!GraphicsEnvironment.isHeadless()) {
            FailOnThreadViolationRepaintManager.uninstall();
        }
    }

    @AfterEach
    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void addsAReasonThatIsNotAboutTheCandidateAndRemovesAnother(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        SubmissionFixtureAccess fixture = new SubmissionFixtureAccess(db);
        fixture.submitNewCandidate("Zoë", "Ødegård", "Kestrel Labs", "Data Analyst");
        Robot robot = ScreenFrames.robot();
        window = ScreenFrames.show(robot, "Pipeline", () -> {
            NavView view = new SubmissionScreens(fixture.submissions(), fixture.stages(),
                    new SearchService(db), new Messages(Locale.ENGLISH), new DirectTaskRunner(),
                    ref -> { }, fixture.events()).pipelineView();
            view.shown();
            return view.component();
        }, new Dimension(1400, 700));
        JButton open = window.button("pipeline.reasons").requireEnabled().target();
        SwingUtilities.invokeLater(open::doClick);
        DialogFixture dialog = window.dialog("submission.reasons");
        JTableFixture table = dialog.table("submission.reasons.table");
        Clicks.waitUntil("reasons listed", 5_000, () -> table.target().getRowCount() == 9);

        Clicks.until(() -> table.cell("No show").click(), "No show selected",
                () -> table.target().getSelectedRow() == 6);
        dialog.button("submission.reasons.add").click();
        DialogFixture prompt = window.dialog("submission.reasons.prompt");
        prompt.textBox("submission.reasons.name").enterText("Relocation declined");
        prompt.checkBox("submission.reasons.notAboutCandidate").check();
        prompt.textBox("submission.reasons.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        Clicks.waitUntil("reason added", 5_000, () -> table.target().getRowCount() == 10);

        RejectionReason added = fixture.submissions().reasons().list().stream()
                .filter(r -> r.name().equals("Relocation declined")).findFirst().orElseThrow();
        assertThat(added.notAboutCandidate()).isTrue();

        Clicks.until(() -> table.cell("Other").click(), "Other selected",
                () -> "Other".equals(table.target().getValueAt(table.target().getSelectedRow(), 0)));
        dialog.button("submission.reasons.deactivate").click();
        Clicks.waitUntil("Other removed", 5_000, () -> table.target().getRowCount() == 9);
        assertThat(fixture.submissions().reasons().list()).extracting(RejectionReason::name)
                .contains("Relocation declined").doesNotContain("Other");
        table.requireCellValue(row(0).column(0), "Skills gap");
        dialog.button("submission.reasons.close").click();
        dialog.requireNotVisible();
    }
}
