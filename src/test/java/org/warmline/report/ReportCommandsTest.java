package org.warmline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.Main;

/** The {@code reports} and {@code export} commands on a small sample agency. */
class ReportCommandsTest {
    @TempDir
    static Path dir;
    private static Path data;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void sample() {
        data = dir.resolve("data");
        assertThat(run("demo", "--data-dir", data.toString(), "--candidates", "60").code())
                .isZero();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportsListsOneReportALineIdFirst() {
        Run r = run("reports", "--data-dir", data.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("feedback\tEmployer feedback", "funnel\tFunnel",
                "nurture\tNurture", "pipeline\tPipeline", "placements\tPlacements",
                "rejections\tRejections");
    }

    @Test
    void exportWritesTheWorkbookAndPrintsThePathAndRowsPerSheet() throws Exception {
        Path out = dir.resolve("weekly/pipeline.xlsx");
        Run r = run("export", "--data-dir", data.toString(), "--report", "pipeline", "--out",
                out.toString(), "--recruiter", "maya");
        assertThat(r.code()).as(r.err()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(out.toAbsolutePath().toString());
        assertThat(lines.subList(1, 4)).extracting(l -> l.split("\t")[0])
                .containsExactly("Open submissions", "Stage by job", "Stalled");
        int open = Integer.parseInt(lines.get(1).split("\t")[1]);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            int totalsRow = open + 1;
            assertThat(wb.getSheet("Open submissions").getLastRowNum()).isEqualTo(totalsRow);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Pipeline");
        }
    }

    @Test
    void mistakesAreOneLineWithTheRightExitCode() throws Exception {
        String d = data.toString();
        Path out = dir.resolve("x.xlsx");
        assertThat(run("export", "--data-dir", d, "--report", "nope", "--out", out.toString())
                .err()).isEqualTo("warmline: no report \"nope\" (see: warmline reports)\n");
        assertThat(run("export", "--data-dir", d, "--report", "pipeline", "--out", out.toString(),
                "--recruiter", "Nobody").code()).isEqualTo(1);
        assertThat(run("export", "--data-dir", d, "--report", "placements", "--out",
                out.toString(), "--from", "2026-13-01").code()).isEqualTo(2);
        assertThat(run("export", "--data-dir", d, "--report", "placements", "--out",
                out.toString(), "--from", "2026-03-01", "--to", "2026-02-01").code()).isEqualTo(1);
        assertThat(out).doesNotExist();
        Files.createDirectories(data.resolve("reports"));
        Files.writeString(data.resolve("reports/mine.report"), "id: mine\ntitle Mine\n");
        Run r = run("reports", "--data-dir", d);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(6);
        assertThat(r.err()).isEqualTo("warmline: " + data.resolve("reports") + "/mine.report:2: "
                + "expected \"key: value\"\n");
        Files.delete(data.resolve("reports/mine.report"));
    }
}
