package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JList;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateFixtures;
import org.warmline.employer.Contact;
import org.warmline.employer.Employer;
import org.warmline.feedback.Channel;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackState;
import org.warmline.job.Job;
import org.warmline.submission.ClosureRecord;
import org.warmline.submission.EndedBy;
import org.warmline.submission.Submission;

/**
 * The feedback loop in the whole app: reject with a reason on the board, then from the
 * candidate's page request the employer's feedback, record the reply, have the wording guard
 * stop a candidate text about age, fix it, relay it, and see it all on the candidate's page.
 */
class FeedbackFlowTest extends GuiTest {

    @Test
    void rejectRequestReceiveGuardRelayAndSeeItOnTheCandidatePage() {
        Employer acme = context.employers().create(Employer.draft("Acme Logistics", null, null,
                null, "Logistics", null));
        context.employers().addContact(Contact.draft(acme.id(), "Jonas", "Brandt",
                "Hiring manager", "jonas.brandt@acme.example", null, null, null, null));
        Job job = context.jobs().create(Job.draft(acme.id(), "Data Analyst", "Leeds", null, null,
                null, List.of("SQL"), null));
        Candidate zoe = context.candidates().register(CandidateFixtures.person("Zoë", "Ødegård"));
        Submission s = context.submissions().submit(zoe.id(), job.id());

        DialogFixture close = rejectTheSubmittedCard();
        close.comboBox("submission.close.reason").selectItem(Pattern.compile(".*Internal candidate.*"));
        javax.swing.JCheckBox notAboutThem = close.checkBox("submission.close.notAboutCandidate").target();
        Gui.waitUntil("'not about the candidate' follows the reason", notAboutThem::isSelected);
        close.button("submission.close.ok").click();
        Gui.waitUntil("closed", () -> context.submissions().closure(s.id()).isPresent());
        ClosureRecord closure = context.submissions().closure(s.id()).orElseThrow();
        assertThat(closure.endedBy()).isEqualTo(EndedBy.EMPLOYER);
        assertThat(closure.notAboutCandidate()).isTrue();

        Gui.nav(window, "candidates");
        Gui.waitUntil("candidate listed", () -> window.table("candidate.list").target()
                .getRowCount() == 1 && String.valueOf(window.table("candidate.list").target()
                .getValueAt(0, 0)).contains("Ødegård"));
        window.table("candidate.list").cell(Pattern.compile(".*Ødegård.*")).doubleClick();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.tabbedPane("candidate.editor.tabs").selectTab("Rejections & feedback");
        JListFixture rejections = editor.list("feedback.rejections");
        Gui.waitUntil("rejection listed", () -> rejections.target().getModel().getSize() == 1);
        rejections.selectItem(0);
        editor.button("feedback.rejections.open").click();

        DialogFixture dialog = Gui.dialog(robot, "feedback.editor");
        dialog.comboBox("feedback.request.via").selectItem("E-mail");
        Gui.clickUntil(dialog.button("feedback.request.save"), "requested",
                () -> state(dialog) == FeedbackState.REQUESTED);
        dialog.textBox("feedback.received.text").enterText("They went with an internal move; solid SQL.");
        dialog.button("feedback.received.save").click();
        Gui.waitUntil("received", () -> state(dialog) == FeedbackState.RECEIVED);

        dialog.textBox("feedback.candidateText").enterText("Too old for the team");
        Gui.waitUntil("guard warns", () -> !dialog.button("feedback.relay").target().isEnabled()
                && warnings(dialog).stream().anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).contains("too old")));
        // Closing keeps the draft: nothing typed is lost.
        dialog.button("feedback.editor.close").click();
        Gui.waitUntil("dialog closed", () -> !dialog.target().isShowing());
        assertThat(context.feedback().forRejection(s.id()).orElseThrow().candidateText())
                .isEqualTo("Too old for the team");
        rejections.selectItem(0);
        editor.button("feedback.rejections.open").click();
        DialogFixture again = Gui.dialog(robot, "feedback.editor");
        javax.swing.text.JTextComponent draft = again.textBox("feedback.candidateText").target();
        Gui.waitUntil("draft shown", () -> draft.getText().equals("Too old for the team"));
        relay(again);
        EmployerFeedback stored = context.feedback().forRejection(s.id()).orElseThrow();
        assertThat(stored.relayedText()).isEqualTo("They filled the role internally; your SQL impressed them.");
        assertThat(stored.relayedVia()).isEqualTo(Channel.EMAIL);
        assertThat(stored.verbatimText()).isEqualTo("They went with an internal move; solid SQL.");
        Gui.waitUntil("candidate page shows the relay", () -> String.valueOf(
                rejections.target().getModel().getElementAt(0)).contains("RELAYED"));
        editor.button("candidate.editor.cancel").click();
    }

    private void relay(DialogFixture dialog) {
        Gui.waitUntil("guard still warns", () -> !dialog.button("feedback.relay").target().isEnabled());
        dialog.textBox("feedback.candidateText").deleteText()
                .enterText("They filled the role internally; your SQL impressed them.");
        dialog.comboBox("feedback.relay.via").selectItem("E-mail");
        Gui.waitUntil("relay allowed", () -> dialog.button("feedback.relay").target().isEnabled());
        dialog.button("feedback.relay").click();
        Gui.waitUntil("relayed", () -> state(dialog) == FeedbackState.RELAYED);
        dialog.button("feedback.editor.close").click();
    }

    private static FeedbackState state(DialogFixture dialog) {
        Object s = ((javax.swing.JComponent) dialog.panel("feedback.editor.state").target())
                .getClientProperty("feedback.state");
        return s == null ? null : FeedbackState.valueOf(s.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(DialogFixture dialog) {
        JList<String> list = (JList<String>) dialog.list("feedback.guard.warnings").target();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getModel().getSize(); i++) {
            out.add(list.getModel().getElementAt(i));
        }
        return out;
    }
}
