package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.awt.event.KeyEvent;
import javax.swing.JTable;
import org.apache.poi.ss.usermodel.Sheet;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.finder.JOptionPaneFinder;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;

/**
 * Exports the placements report from the Reports screen through the file chooser, and the
 * filtered jobs list with Ctrl+E; both workbooks are read back.
 */
class ReportFlowTest extends GuiTest {
    @Override
    protected int sampleCandidates() {
        return 40;
    }

    @Test
    void exportAReportFromTheReportsScreen() throws Exception {
        Gui.nav(window, "reports");
        Gui.waitUntil("reports listed", () -> window.list("report.list").target().getModel()
                .getSize() == 6);
        window.list("report.list").selectItem(java.util.regex.Pattern.compile(".*Placements.*"));
        window.textBox("report.form.from").setText("2000-01-01");
        screenshot("reports");
        window.button("report.export").click();
        JFileChooserFixture chooser = window.fileChooser("report.chooser");
        chooser.setCurrentDirectory(dataDir().toFile());
        chooser.fileNameTextBox().setText("weekly");
        chooser.approve();
        Path file = dataDir().resolve("weekly.xlsx");
        Gui.waitUntil("saved", 30_000, () -> window.label("report.status").target().getText()
                .startsWith("Saved"));
        assertThat(window.label("report.status").target().getText()).contains("weekly.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Cover");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Placements");
            assertThat(wb.getSheet("Placements")).isNotNull();
            assertThat(wb.getSheet("Per month").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void ctrlEExportsExactlyTheRowsTheListShows() throws Exception {
        Gui.nav(window, "jobs");
        JTable table = window.table("job.list").target();
        Gui.waitUntil("jobs listed", () -> GuiActionRunner.execute(table::getRowCount) > 3);
        String word = GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(0, 0))
                .split(" ")[0]);
        window.textBox("job.list.filter").setText(word);
        Gui.waitUntil("filtered", () -> GuiActionRunner.execute(() -> table.getRowCount()
                < table.getModel().getRowCount()));
        List<String> shown = GuiActionRunner.execute(() -> {
            List<String> titles = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                titles.add(String.valueOf(table.getValueAt(r, 0)));
            }
            return titles;
        });
        window.table("job.list").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_E)
                .modifiers(Gui.CTRL));
        JFileChooserFixture chooser = window.fileChooser("list.export.chooser");
        chooser.setCurrentDirectory(dataDir().toFile());
        chooser.fileNameTextBox().setText("jobs.xlsx");
        chooser.approve();
        JOptionPaneFinder.findOptionPane().withTimeout(20_000).using(robot).okButton().click();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dataDir()
                .resolve("jobs.xlsx")))) {
            Sheet sheet = wb.getSheet("Jobs");
            assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
            for (int r = 0; r < shown.size(); r++) {
                assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue())
                        .isEqualTo(shown.get(r));
            }
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
        robot.waitForIdle();
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }
}
