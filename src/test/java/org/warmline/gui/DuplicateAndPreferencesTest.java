package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateFixtures;
import org.warmline.candidate.CandidateQuery;
import org.warmline.ui.theme.Theme;

class DuplicateAndPreferencesTest extends GuiTest {

    @Test
    void sameEmailInOtherLettersWarnsAndOpensTheExistingCandidate() {
        Candidate existing = CandidateFixtures.contact(CandidateFixtures.person("Ana", "Ribeiro"),
                "ana.ribeiro@example.com", null, null);
        context.candidates().register(existing);

        Gui.nav(window, "candidates");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_N).modifiers(Gui.CTRL));
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.textBox("candidate.form.firstName").enterText("Ana");
        editor.textBox("candidate.form.lastName").enterText("Ribeiro-Costa");
        editor.textBox("candidate.form.email").enterText(" ANA.Ribeiro@Example.com");
        editor.button("candidate.editor.save").click();

        DialogFixture warning = Gui.dialog(robot, "candidate.duplicate");
        assertThat(warning.table("candidate.duplicate.list").contents()[0])
                .anySatisfy(cell -> assertThat(cell).contains("Ribeiro"));
        warning.button("candidate.duplicate.open").click();

        Gui.waitUntil("the new-candidate editor closed", () -> !editor.target().isShowing());
        DialogFixture opened = Gui.dialog(robot, "candidate.editor");
        javax.swing.text.JTextComponent lastName = opened.textBox("candidate.form.lastName").target();
        Gui.waitUntil("the existing record is shown", () -> "Ribeiro".equals(lastName.getText()));
        assertThat(context.candidates().count(CandidateQuery.all())).isEqualTo(1);
        opened.button("candidate.editor.cancel").click();
    }

    @Test
    void darkThemeIsAppliedAndRemembered() throws Exception {
        try {
            window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_COMMA).modifiers(Gui.CTRL));
            DialogFixture prefs = Gui.dialog(robot, "prefs");
            Gui.clickUntil(prefs.radioButton("prefs.theme.dark"), "dark chosen",
                    () -> prefs.radioButton("prefs.theme.dark").target().isSelected());
            prefs.spinner("prefs.feedback.noReplyDays").select(14);
            prefs.button("prefs.ok").click();
            Gui.waitUntil("dark look and feel", () -> com.formdev.flatlaf.FlatLaf.isLafDark());
            window.optionPane(org.assertj.swing.timing.Timeout.timeout(10_000))
                    .requireMessage("Your changes take effect the next time Warmline starts.")
                    .okButton().click();
            assertThat(Files.readString(dataDir().resolve("settings.properties")))
                    .contains("theme=dark").contains("feedback.noReplyDays=14");
        } finally {
            GuiActionRunner.execute(() -> Theme.switchTo(Theme.LIGHT));
        }
    }
}
