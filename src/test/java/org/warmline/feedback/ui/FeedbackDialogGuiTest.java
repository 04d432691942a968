package org.warmline.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.feedback.Channel;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.feedback.FeedbackState;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.testing.Clicks;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.theme.Theme;

@DbTest
class FeedbackDialogGuiTest extends WindowTest {
    /** Set (e.g. -Dwarmline.screenshots=target/screenshots) to save PNGs of the screens. */
    private static final String SCREENSHOTS = System.getProperty("warmline.screenshots");

    @BeforeAll
    static void showTheAppTheme() {
        if (SCREENSHOTS != null) {
            GuiActionRunner.execute(() -> Theme.install(Theme.LIGHT));
        }
    }

    @Test
    void requestsReceivesGuardsAndRelaysFromTheWorkList(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(Instant.parse("2025-04-02T15:00:00Z"));
        window = ScreenFrames.show(ScreenFrames.robot(), "Feedback", () -> {
            NavView view = new FeedbackScreens(f.feedback, f.metrics, f.views,
                    new org.warmline.recruiter.Session(f.recruiter, "test"), f.clock,
                    new Messages(Locale.ENGLISH), new DirectTaskRunner(), ref -> { }, f.events)
                    .workListView();
            view.shown();
            return view.component();
        }, new java.awt.Dimension(1100, 560));
        java.awt.Component frame = window.target();
        JTableFixture table = window.table("feedback.worklist");
        table.requireRowCount(1);
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(1)))
                .isEqualTo("Request feedback");
        screenshot(frame, "feedback-worklist.png");

        Clicks.until(() -> table.cell(org.assertj.swing.data.TableCell.row(0).column(2)).click(),
                "row selected", () -> table.target().getSelectedRow() == 0);
        // The frame may not have the keyboard yet (no window manager): ask for it if needed.
        Clicks.until(() -> GuiActionRunner.execute(() -> table.target().requestFocusInWindow()),
                "table focused", () -> table.target().isFocusOwner());
        // Only the steps that fit the selected item are offered.
        window.button("feedback.worklist.request").requireEnabled();
        window.button("feedback.worklist.open").requireEnabled();
        window.button("feedback.worklist.relay").requireDisabled();
        window.button("feedback.worklist.remind").requireDisabled();
        table.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture dialog = window.dialog("feedback.editor");
        dialog.comboBox("feedback.request.via").selectItem("E-mail");
        dialog.comboBox("feedback.request.contact").requireSelection("Jonas Brandt (Hiring manager)");
        Clicks.until(() -> dialog.button("feedback.request.save").click(), "requested",
                () -> state(dialog) == FeedbackState.REQUESTED);

        dialog.textBox("feedback.received.text").enterText("Strong SQL. Honestly they want someone younger.");
        screenshot(dialog.target(), "feedback-dialog-requested.png");
        dialog.button("feedback.received.save").click();
        Clicks.waitUntil("received", 5_000, () -> state(dialog) == FeedbackState.RECEIVED);

        dialog.textBox("feedback.candidateText").enterText("We want someone younger");
        Clicks.waitUntil("the guard warns", 5_000, () -> warnings(dialog).stream()
                .anyMatch(w -> w.contains("age") && w.contains("someone younger")));
        dialog.button("feedback.relay").requireDisabled();
        screenshot(dialog.target(), "feedback-dialog-guard.png");

        dialog.textBox("feedback.candidateText").deleteText()
                .enterText("Strong SQL; needs more AWS depth");
        Clicks.waitUntil("the guard is satisfied", 5_000, () -> warnings(dialog).size() == 1
                && warnings(dialog).get(0).contains("No wording concerns"));
        dialog.comboBox("feedback.relay.via").selectItem("E-mail");
        dialog.button("feedback.relay").requireEnabled().click();
        Clicks.waitUntil("relayed", 5_000, () -> state(dialog) == FeedbackState.RELAYED);
        screenshot(dialog.target(), "feedback-dialog-relayed.png");

        EmployerFeedback stored = f.feedback.forRejection(r.submission()).orElseThrow();
        assertThat(stored.state()).isEqualTo(FeedbackState.RELAYED);
        assertThat(stored.relayedText()).isEqualTo("Strong SQL; needs more AWS depth");
        assertThat(stored.relayedVia()).isEqualTo(Channel.EMAIL);
        assertThat(stored.requestedVia()).isEqualTo(Channel.EMAIL);
        assertThat(stored.verbatimText()).isEqualTo("Strong SQL. Honestly they want someone younger.");
        dialog.textBox("feedback.candidateText").requireNotEditable();
        dialog.button("feedback.editor.close").click();
        dialog.requireNotVisible();
        table.requireRowCount(0);
        window.label("feedback.worklist.empty").requireVisible();
        screenshot(frame, "feedback-worklist-empty.png");
    }

    private static FeedbackState state(DialogFixture dialog) {
        Object s = ((javax.swing.JComponent) dialog.panel("feedback.editor.state").target())
                .getClientProperty("feedback.state");
        return s == null ? null : FeedbackState.valueOf(s.toString());
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> warnings(DialogFixture dialog) {
        JList<String> list = (JList<String>) dialog.list("feedback.guard.warnings").target();
        return GuiActionRunner.execute(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                out.add(list.getModel().getElementAt(i));
            }
            return out;
        });
    }

    private static void screenshot(Component c, String name) {
        if (SCREENSHOTS == null) {
            return;
        }
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            c.paintAll(g);
            g.dispose();
            return img;
        });
        try {
            Path dir = Files.createDirectories(Path.of(SCREENSHOTS));
            ImageIO.write(image, "png", new File(dir.toFile(), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
