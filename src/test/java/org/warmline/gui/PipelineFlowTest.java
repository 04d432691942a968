package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JList;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivitySubject;
import org.warmline.candidate.Candidate;

/** Employer and job through the GUI, then submit, interview, reject and read the timeline. */
class PipelineFlowTest extends GuiTest {

    @Test
    void submissionMovesThroughThePipelineAndShowsInTheTimeline() {
        createEmployerAndJob();
        Candidate ana = context.candidates().register(org.warmline.candidate.CandidateFixtures.person("Ana", "Ribeiro"));

        Gui.nav(window, "candidates");
        JTableFixture list = window.table("candidate.list");
        Gui.waitUntil("candidate listed", () -> list.target().getRowCount() == 1);
        list.cell(java.util.regex.Pattern.compile(".*Ribeiro.*")).doubleClick();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.tabbedPane().selectTab("Submissions");
        editor.button("submission.candidateTab.submit").click();
        DialogFixture picker = Gui.dialog(robot, "submission.jobPicker");
        JTableFixture jobs = picker.table("submission.jobPicker.table");
        Gui.waitUntil("open job listed", () -> jobs.target().getRowCount() == 1);
        jobs.selectRows(0);
        picker.button("submission.jobPicker.ok").click();
        Gui.waitUntil("submission listed", () -> {
            javax.swing.JTable t = robot.finder().findByName(editor.target(),
                    "submission.candidateTab.table", javax.swing.JTable.class, false);
            return t.isShowing() && t.getRowCount() == 1;
        });
        JTableFixture subs = editor.table("submission.candidateTab.table");
        assertThat(subs.contents()[0]).contains("Java Developer", "Submitted");
        editor.button("candidate.editor.cancel").click();
        Gui.waitUntil("editor closed", () -> !editor.target().isShowing());

        Gui.nav(window, "pipeline");
        JListFixture submitted = window.list("pipeline.stage.2");
        Gui.waitUntil("card in Submitted", () -> submitted.target().getModel().getSize() == 1);
        submitted.selectItem(0);
        submitted.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(Gui.CTRL));
        JListFixture interview = window.list("pipeline.stage.3");
        Gui.waitUntil("card in Interview 1", () -> interview.target().getModel().getSize() == 1
                && submitted.target().getModel().getSize() == 0);

        interview.selectItem(0);
        window.button("pipeline.reject").click();
        DialogFixture close = Gui.dialog(robot, "submission.close");
        javax.swing.JComboBox<?> reasons = close.comboBox("submission.close.reason").target();
        Gui.waitUntil("reasons loaded", () -> reasons.getItemCount() > 5);
        close.comboBox("submission.close.reason").selectItem(java.util.regex.Pattern.compile(".*Skills gap.*"));
        close.button("submission.close.ok").click();
        JListFixture rejected = window.list("pipeline.stage.7");
        Gui.waitUntil("card in Rejected", () -> rejected.target().getModel().getSize() == 1);

        List<Activity> timeline = context.activities().timeline(ActivitySubject.CANDIDATE, ana.id().value());
        assertThat(timeline.get(0).summary()).startsWith("Moved from Interview 1 to Rejected");

        Gui.nav(window, "candidates");
        list.cell(java.util.regex.Pattern.compile(".*Ribeiro.*")).doubleClick();
        DialogFixture again = Gui.dialog(robot, "candidate.editor");
        again.tabbedPane().selectTab("Timeline");
        @SuppressWarnings("unchecked")
        JList<Object> shown = Gui.find(robot, "activity.timeline", JList.class);
        Gui.waitUntil("timeline shows the rejection", () -> shown.getModel().getSize() >= 3
                && String.valueOf(shown.getModel().getElementAt(0)).contains("Rejected"));
        again.button("candidate.editor.cancel").click();
    }

    private void createEmployerAndJob() {
        Gui.nav(window, "employers");
        window.button("employer.list.new").click();
        DialogFixture employer = Gui.dialog(robot, "employer.editor");
        employer.textBox("employer.form.name").enterText("Acme Logistics");
        employer.button("employer.editor.save").click();
        Gui.waitUntil("employer saved", () -> context.employers().list().size() == 1);
        // A new employer's editor stays open and gains its Contacts and Jobs tabs.
        Gui.waitUntil("employer tabs added", () -> !employer.target().isShowing()
                || employer.tabbedPane("employer.editor.tabs").target().getTabCount() > 1);
        if (GuiActionRunner.execute(() -> employer.target().isShowing())) {
            Gui.clickUntil(employer.button("employer.editor.cancel"), "employer editor closed",
                    () -> !employer.target().isShowing());
        }
        Gui.nav(window, "jobs");
        window.button("job.list.new").click();
        DialogFixture job = Gui.dialog(robot, "job.editor");
        job.comboBox("job.form.employer").selectItem("Acme Logistics");
        job.textBox("job.form.title").enterText("Java Developer");
        job.button("job.editor.save").click();
        Gui.waitUntil("job editor closed", () -> !job.target().isShowing());
    }
}
