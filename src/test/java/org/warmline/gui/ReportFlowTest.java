package org.warmline.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;

/**
 * Exports the placements report from the Reports screen through the file chooser and reads
 * the workbook back.
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

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
        robot.waitForIdle();
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }
}
