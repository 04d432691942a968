package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.Test;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityKind;
import org.warmline.activity.ActivitySubject;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateStatus;
import org.warmline.employer.Employer;
import org.warmline.job.Job;
import org.warmline.nurture.NurtureChannel;
import org.warmline.nurture.NurtureStep;
import org.warmline.nurture.PlanKind;
import org.warmline.nurture.StepKind;
import org.warmline.nurture.StepStatus;
import org.warmline.nurture.TemplateStep;
import org.warmline.today.TodayItem;

/**
 * Keeping in touch in the whole app: reject on the board, see the thank-you letter on Today,
 * write the letter to a .docx, mark the step done, and see it leave Today.
 */
class NurtureFlowTest extends GuiTest {

    @Test
    void rejectThenWriteTheThankYouLetterAndMarkItDone() throws Exception {
        context.nurture().saveTemplate(PlanKind.REJECTED, List.of(
                new TemplateStep(StepKind.THANK_YOU, NurtureChannel.LETTER, 0),
                new TemplateStep(StepKind.CHECK_IN_30, NurtureChannel.EMAIL, 30)));
        Employer kestrel = context.employers().create(Employer.draft("Kestrel Labs", null, null,
                null, "Analytics", null));
        Job job = context.jobs().create(Job.draft(kestrel.id(), "Data Analyst", "Leeds", null, null,
                null, List.of("SQL"), null));
        Candidate zoe = context.candidates().register(new Candidate(null, "Zoë", "Ødegård",
                "zoe.odegard@example.com", null, null, "12 Rose Lane\nLeeds LS1 4AB", null, null,
                List.of(), null, null, CandidateStatus.ACTIVE, null, null, null, 0));
        context.submissions().submit(zoe.id(), job.id());

        rejectOnTheBoard();
        Gui.nav(window, "today");
        JListFixture today = window.list("today.due");
        Gui.waitUntil("thank-you on Today", () -> thankYouRow(today) >= 0);
        Gui.waitUntil("the badge counts it", () -> Integer.valueOf(1).equals(window
                .toggleButton("nav.today").target().getClientProperty("today.count")));
        GuiActionRunner.execute(() -> {
            today.target().setSelectedIndex(thankYouRow(today));
            return null;
        });
        Gui.clickUntil(window.button("today.due.write"), "message open",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                        .anyMatch(w -> "nurture.message".equals(w.getName()) && w.isShowing()));
        DialogFixture message = Gui.dialog(robot, "nurture.message");
        assertThat(message.textBox("nurture.message.body").text()).startsWith("Dear Zoë,")
                .contains("Data Analyst at Kestrel Labs");
        Path letter = dataDir().resolve("thank-you.docx");
        Gui.clickUntil(message.button("nurture.message.docx"), "chooser open",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                        && w != message.target() && w instanceof javax.swing.JDialog d
                        && d.getContentPane().getComponentCount() > 0
                        && d.getContentPane().getComponent(0) instanceof javax.swing.JFileChooser));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("nurture.chooser")
                .withTimeout(Gui.TIMEOUT_MS).using(robot);
        chooser.setCurrentDirectory(dataDir().toFile());
        chooser.fileNameTextBox().setText(letter.toString());
        Gui.clickUntil(chooser.approveButton(), "chooser closed", () -> !chooser.target().isShowing());
        Gui.waitUntil("letter written", () -> Files.exists(letter)
                && message.label("nurture.message.done").target().getText().startsWith("Saved to"));
        try (InputStream in = Files.newInputStream(letter); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("12 Rose Lane")
                    .contains("Leeds LS1 4AB").contains("Dear Zoë,");
        }
        Gui.waitUntil("letter logged", () -> context.activities()
                .timeline(ActivitySubject.CANDIDATE, zoe.id().value()).stream()
                .map(Activity::kind).anyMatch(ActivityKind.LETTER::equals));
        message.button("nurture.message.close").click();

        GuiActionRunner.execute(() -> {
            today.target().setSelectedIndex(thankYouRow(today));
            return null;
        });
        Gui.clickUntil(window.button("today.due.done"), "step done",
                () -> thankYou(zoe).status() == StepStatus.DONE);
        Gui.waitUntil("the step left Today", () -> thankYouRow(today) < 0);
    }

    private void rejectOnTheBoard() {
        DialogFixture close = rejectTheSubmittedCard();
        close.comboBox("submission.close.reason").selectItem(Pattern.compile(".*Skills gap.*"));
        close.button("submission.close.ok").click();
    }

    private NurtureStep thankYou(Candidate c) {
        return context.nurture().plans(c.id()).get(0).steps().get(0);
    }

    private static int thankYouRow(JListFixture list) {
        javax.swing.ListModel<?> model = list.target().getModel();
        for (int i = 0; i < model.getSize(); i++) {
            TodayItem item = (TodayItem) model.getElementAt(i);
            if (item.isStep() && item.step().step().kind() == StepKind.THANK_YOU) {
                return i;
            }
        }
        return -1;
    }
}
