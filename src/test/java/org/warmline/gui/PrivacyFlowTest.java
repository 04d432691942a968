package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateFixtures;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.privacy.PrivacyProfile;

/**
 * Privacy in the whole app: record and withdraw a consent and flag do-not-contact on the
 * candidate's Privacy tab, erase the person, find it all in the Audit log, and purge a
 * candidate past the retention policy from the Retention screen.
 */
class PrivacyFlowTest extends GuiTest {

    @Test
    void consentDoNotContactErasureAuditAndRetentionPurge() throws Exception {
        Candidate zoe = context.candidates().register(CandidateFixtures.contact(
                CandidateFixtures.person("Zoë", "Ødegård"), "zoe@example.org", null, null));
        Candidate ola = context.candidates().register(CandidateFixtures.contact(
                CandidateFixtures.person("Ola", "Nordmann"), "ola@example.org", null, null));
        db.inTransaction(tx -> tx.update("UPDATE candidate SET updated_at = ? WHERE id = ?",
                st -> {
                    SqlTypes.setInstant(st, 1, Instant.parse("2021-05-03T10:00:00Z"));
                    st.setLong(2, ola.id().value());
                }));

        Gui.nav(window, "candidates");
        Gui.waitUntil("candidates listed", () -> window.table("candidate.list").target()
                .getRowCount() == 2);
        window.table("candidate.list").cell(Pattern.compile(".*Ødegård.*")).doubleClick();
        DialogFixture editor = Gui.dialog(robot, "candidate.editor");
        editor.tabbedPane("candidate.editor.tabs").selectTab("Privacy");
        Gui.waitUntil("profile loaded", () -> editor.label("privacy.tab.status").target()
                .getText().equals("Contact allowed"));

        editor.textBox("privacy.tab.consent.purpose").setText("Keep my CV and contact me about jobs");
        editor.textBox("privacy.tab.consent.wording").setText("2026-01");
        editor.comboBox("privacy.tab.consent.obtained").selectItem(Pattern.compile("Web form"));
        editor.button("privacy.tab.consent.record").click();
        JTable consents = editor.table("privacy.tab.consents").target();
        Gui.waitUntil("consent listed", () -> consents.getRowCount() == 1);
        assertThat(profile(zoe.id()).consents().get(0).wordingVersion()).isEqualTo("2026-01");

        editor.table("privacy.tab.consents").selectRows(0);
        editor.button("privacy.tab.consent.withdraw").click();
        Gui.waitUntil("contact stopped", () -> profile(zoe.id()).contactBlocked());
        Gui.waitUntil("status shows the stop", () -> editor.label("privacy.tab.status").target()
                .getText().startsWith("Contact stopped since"));

        editor.checkBox("privacy.tab.doNotContact").click();
        editor.button("privacy.tab.save").click();
        Gui.waitUntil("do not contact saved", () -> profile(zoe.id()).doNotContact());
        shoot(editor.target(), "privacy-tab.png");

        editor.button("privacy.tab.erase").click();
        JOptionPaneFinder.findOptionPane().withTimeout(Gui.TIMEOUT_MS).using(robot)
                .okButton().click();
        Gui.waitUntil("erased", () -> profile(zoe.id()).erased());
        assertThat(context.candidates().get(zoe.id()).displayName())
                .isEqualTo("Erased person #" + zoe.id().value());
        assertThat(context.candidates().get(zoe.id()).email()).isNull();
        Gui.waitUntil("tab shows the erasure", () -> editor.label("privacy.tab.status").target()
                .getText().startsWith("This person was erased"));
        editor.button("candidate.editor.cancel").click();
        Gui.waitUntil("editor closed", () -> !editor.target().isShowing());

        Gui.nav(window, "audit");
        JTable audit = window.table("privacy.audit.list").target();
        Gui.waitUntil("audit entries", () -> audit.getRowCount() == 5);
        assertThat(GuiActionRunner.execute(() -> audit.getValueAt(0, 2))).isEqualTo("ERASURE");
        assertThat(GuiActionRunner.execute(() -> audit.getValueAt(0, 1))).isEqualTo("ana");
        shoot(window.target(), "privacy-audit.png");

        Gui.nav(window, "retention");
        JTable due = window.table("privacy.retention.list").target();
        Gui.waitUntil("Ola past the policy", () -> due.getRowCount() == 1
                && String.valueOf(due.getValueAt(0, 0)).equals("Ola Nordmann"));
        assertThat(window.label("privacy.retention.list.count").target().getText())
                .isEqualTo("One candidate past the policy");
        shoot(window.target(), "privacy-retention.png");
        window.button("privacy.retention.purge").click();
        JOptionPaneFinder.findOptionPane().withTimeout(Gui.TIMEOUT_MS).using(robot)
                .okButton().click();
        Gui.waitUntil("Ola purged", () -> context.candidates().get(ola.id()).email() == null);
        JOptionPaneFinder.findOptionPane().withTimeout(Gui.TIMEOUT_MS).using(robot)
                .okButton().click();
        Gui.waitUntil("nobody left to purge", () -> due.getRowCount() == 0);
    }

    private PrivacyProfile profile(CandidateId id) {
        return context.privacy().privacy().profile(id);
    }

    /** Saves a screenshot of a window when -Dwarmline.screenshots=DIR is set. */
    private void shoot(java.awt.Window w, String name) throws Exception {
        String dir = System.getProperty("warmline.screenshots");
        if (dir == null) {
            return;
        }
        Thread.sleep(400);
        Rectangle bounds = GuiActionRunner.execute(() -> w.getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Files.createDirectories(Path.of(dir));
        ImageIO.write(image, "png", Path.of(dir, name).toFile());
    }
}
