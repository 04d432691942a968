package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.importing.ui.ImportWizard;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;

/** File → Import from file choice through the guessed mapping to the outcome. */
@DbTest
class ImportWizardGuiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void linkedInFileIsPreviewedMappedAndImported(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Zoë,Ødegård,https://www.linkedin.com/in/zoe-example,,Nordlys,CTO,05 Mar 2024",
                "Bo,,https://www.linkedin.com/in/bo-example,,,,06 Mar 2024"));
        window = ScreenFrames.show(ScreenFrames.robot(), "Import", JPanel::new, new Dimension(300, 200));
        ImportWizard wizard = GuiActionRunner.execute(() -> new ImportWizard(window.target(),
                f.imports, new Messages(Locale.ENGLISH), new DirectTaskRunner()));
        SwingUtilities.invokeLater(wizard::open);
        DialogFixture d = window.dialog("importing.wizard");

        GuiActionRunner.execute(() -> d.textBox("importing.wizard.file").target()
                .setText(file.toString()));
        click(d, "importing.wizard.next");
        JTableFixture mapping = d.table("importing.wizard.mapping");
        mapping.requireRowCount(7);
        assertThat(mapping.valueAt(org.assertj.swing.data.TableCell.row(2).column(2)))
                .isEqualTo("LinkedIn URL");
        assertThat(d.label("importing.wizard.format").text()).startsWith("LinkedIn connections export");
        d.table("importing.wizard.preview").requireRowCount(2);
        click(d, "importing.wizard.next");

        assertThat(d.label("importing.wizard.outcome").text())
                .contains("Imported 1. Skipped 1").contains("Connections.csv.errors.csv");
        assertThat(f.count("candidate")).isEqualTo(1);
        click(d, "importing.wizard.cancel");
        d.requireNotVisible();
    }

    private static void click(DialogFixture d, String name) {
        JButton b = (JButton) d.button(name).target();
        GuiActionRunner.execute(() -> { b.doClick(); });
    }
}
