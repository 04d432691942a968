package org.warmline.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.RejectionReason;
import org.warmline.submission.SubmissionFixtureAccess;
import org.warmline.testing.Clicks;
import org.warmline.testing.Press;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.nav.NavView;

/** The agency edits its rejection reasons from the Pipeline board. */
@DbTest
class ReasonsDialogTest extends WindowTest {

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

        Press.row(table.target(), 6);
        Press.button(dialog.button("submission.reasons.add").target());
        DialogFixture prompt = window.dialog("submission.reasons.prompt");
        javax.swing.JCheckBox flag = prompt.checkBox("submission.reasons.notAboutCandidate").target();
        org.assertj.swing.edt.GuiActionRunner.execute(() -> flag.setSelected(true));
        Press.enter((javax.swing.JTextField) prompt.textBox("submission.reasons.name").target(),
                "Relocation declined");
        Clicks.waitUntil("reason added", 5_000, () -> table.target().getRowCount() == 10);

        RejectionReason added = fixture.submissions().reasons().list().stream()
                .filter(r -> r.name().equals("Relocation declined")).findFirst().orElseThrow();
        assertThat(added.notAboutCandidate()).isTrue();

        int other = org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            for (int i = 0; i < table.target().getRowCount(); i++) {
                if ("Other".equals(table.target().getValueAt(i, 0))) {
                    return i;
                }
            }
            return -1;
        });
        Press.row(table.target(), other);
        Press.button(dialog.button("submission.reasons.deactivate").target());
        Clicks.waitUntil("Other removed", 5_000, () -> table.target().getRowCount() == 9);
        assertThat(fixture.submissions().reasons().list()).extracting(RejectionReason::name)
                .contains("Relocation declined").doesNotContain("Other");
        table.requireCellValue(row(0).column(0), "Skills gap");
        Press.button(dialog.button("submission.reasons.close").target());
        Clicks.waitUntil("dialog closed", 5_000, () -> !dialog.target().isShowing());
    }
}
