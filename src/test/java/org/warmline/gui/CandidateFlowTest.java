package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import javax.swing.JList;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.warmline.search.SearchHit;

class CandidateFlowTest extends GuiTest {

    @Test
    void newCandidateIsFoundBySearchAndOpens() {
        newCandidate();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.textBox("candidate.form.firstName").setText("Zoë");
        editor.textBox("candidate.form.lastName").setText("Ødegård");
        editor.textBox("candidate.form.email").enterText("zoe.odegard@example.no");
        editor.textBox("candidate.form.skills").enterText("Java, AWS");
        editor.button("candidate.editor.save").click();
        Gui.waitUntil("editor closed", () -> !editor.target().isShowing());

        Gui.nav(window, "candidates");
        Gui.waitUntil("list shows the candidate",
                () -> window.table("candidate.list").target().getRowCount() == 1);
        assertThat(window.label("candidate.list.count").text()).contains("1");

        window.table("candidate.list").click();
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_K).modifiers(Gui.CTRL));
        Gui.waitUntil("search focused", () -> window.textBox("app.search").target().hasFocus());
        window.textBox("app.search").enterText("odeg");
        @SuppressWarnings("unchecked")
        JList<SearchHit> results = Gui.find(robot, "app.search.results", JList.class);
        Gui.waitUntil("search hit", () -> results.getModel().getSize() == 1
                && results.getModel().getElementAt(0).title().equals("Zoë Ødegård"));
        window.textBox("app.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        DialogFixture opened = Gui.dialog(robot, "candidate.editor");
        assertThat(opened.textBox("candidate.form.firstName").text()).isEqualTo("Zoë");
        assertThat(opened.textBox("candidate.form.email").text()).isEqualTo("zoe.odegard@example.no");
        opened.button("candidate.editor.cancel").click();
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() {
        newCandidate();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.textBox("candidate.form.firstName").enterText("Ana");
        editor.textBox("candidate.form.email").enterText("ana@@example");
        editor.button("candidate.editor.save").click();
        Gui.waitUntil("errors shown", () -> !editor.label("candidate.form.lastName.error").text().isBlank()
                && !editor.label("candidate.form.email.error").text().isBlank());
        assertThat(editor.label("candidate.form.lastName.error").text()).isEqualTo("Required");
        assertThat(editor.label("candidate.form.email.error").text()).contains("e-mail");
        assertThat(editor.target().isShowing()).isTrue();
        assertThat(context.candidates().count(emptyQuery())).isZero();
    }

    @Test
    void unsavedChangesAreGuardedOnCancel() {
        newCandidate();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.textBox("candidate.form.lastName").enterText("Ribeiro");
        editor.button("candidate.editor.cancel").click();

        DialogFixture ask = Gui.dialog(robot, "dialog.unsaved");
        Gui.clickUntil(options(ask).buttonWithText("Cancel"), "guard closed",
                () -> !ask.target().isShowing());
        assertThat(editor.target().isShowing()).isTrue();
        assertThat(editor.textBox("candidate.form.lastName").text()).isEqualTo("Ribeiro");

        editor.button("candidate.editor.cancel").click();
        DialogFixture again = Gui.dialog(robot, "dialog.unsaved");
        Gui.clickUntil(options(again).buttonWithText("Discard changes"), "editor closed",
                () -> !editor.target().isShowing());
        assertThat(context.candidates().count(emptyQuery())).isZero();
    }

    /** Ctrl+N, the shortcut for a new candidate, from the main window. */
    private void newCandidate() {
        Gui.nav(window, "candidates");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_N).modifiers(Gui.CTRL));
    }

    private JOptionPaneFixture options(DialogFixture dialog) {
        return new JOptionPaneFixture(robot,
                robot.finder().findByType(dialog.target(), javax.swing.JOptionPane.class));
    }

    private static org.warmline.candidate.CandidateQuery emptyQuery() {
        return org.warmline.candidate.CandidateQuery.all();
    }
}
