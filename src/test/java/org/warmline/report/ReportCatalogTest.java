package org.warmline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.excel.CellFormat;

class ReportCatalogTest {
    @TempDir
    Path office;

    @Test
    void theSixPackagedReportsLoadWithoutProblems() {
        ReportCatalog catalog = ReportCatalog.load(null);
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.reports()).extracting(ReportDefinition::id).containsExactly("feedback",
                "funnel", "nurture", "pipeline", "placements", "rejections");
    }

    @Test
    void aMalformedOfficeDefinitionIsReportedWithFileAndLineAndTheOthersStillLoad()
            throws IOException {
        Files.writeString(office.resolve("broken.report"), """
                id: broken
                title: Broken
                sheet: Rows
                column: Name | textual
                query:
                    SELECT name FROM employer
                """);
        Files.writeString(office.resolve("bad-param.report"), """
                id: bad-param
                title: Bad parameter
                sheet: Rows
                column: Name | text
                query: SELECT name FROM employer
                    WHERE id = :nobody
                """);
        ReportCatalog catalog = ReportCatalog.load(office);
        assertThat(catalog.problems()).extracting(DefinitionProblem::toString).containsExactly(
                office + "/bad-param.report:5: unknown parameter :nobody (known: employer, from, "
                        + "from_ts, now, recruiter, to, to_ts, today)",
                office + "/broken.report:4: unknown format \"textual\"");
        assertThat(catalog.reports()).hasSize(6);
    }

    @Test
    void anOfficeDefinitionAddsAReportOrReplacesAPackagedOne() throws IOException {
        Files.writeString(office.resolve("pipeline.report"), """
                # Our own, shorter pipeline
                id: pipeline
                title: Pipeline (short)
                parameters: recruiter
                sheet: Open
                column: Job | text
                column: Submissions | integer | sum
                group: 1
                query:
                    SELECT j.title, 1 FROM submission s JOIN job j ON j.id = s.job_id
                     WHERE CAST(:recruiter AS BIGINT) IS NULL OR s.created_by = :recruiter
                     ORDER BY j.title
                """);
        ReportDefinition mine = ReportCatalog.load(office).find("pipeline").orElseThrow();
        assertThat(mine.title()).isEqualTo("Pipeline (short)");
        assertThat(mine.parameters()).containsExactly(ReportParameter.RECRUITER);
        SheetDefinition sheet = mine.sheets().get(0);
        assertThat(sheet.groupColumns()).isEqualTo(1);
        assertThat(sheet.totals()).isTrue();
        assertThat(sheet.columns().get(1)).isEqualTo(new ColumnDefinition("Submissions",
                CellFormat.INTEGER, new Aggregate(Aggregate.Kind.SUM, 0, 0)));
        assertThat(sheet.sql()).contains("CAST(? AS BIGINT) IS NULL OR s.created_by = ?");
        assertThat(sheet.parameters()).containsExactly("recruiter", "recruiter");
    }

    @Test
    void onlyASingleSelectIsAccepted() {
        assertThat(problem("id: x\ntitle: X\nsheet: S\ncolumn: A | text\n"
                + "query: DELETE FROM candidate\n")).isEqualTo("x.report:5: a query is one SELECT "
                + "statement (no ';')");
        assertThat(problem("id: x\ntitle: X\nsheet: S\ncolumn: A | text\n"
                + "query: SELECT 1 FROM stage; DROP TABLE stage\n")).endsWith(":5: a query is one "
                + "SELECT statement (no ';')");
        assertThat(problem("id: x\ntitle: X\nsheet: S\ncolumn: A | text | ratio 1 9\n"
                + "query: SELECT 1 FROM stage\n")).isEqualTo("x.report:3: column \"A\": ratio "
                + "refers to a column that does not exist");
        assertThat(problem("id: x\ntitle: X\nsheet: S\ncolumn: A | text\n"
                + "query: SELECT 'a:b' FROM stage WHERE name = :to\n")).isNull();
    }

    private static String problem(String text) {
        try {
            DefinitionParser.parse("x.report", text.lines().toList());
            return null;
        } catch (DefinitionException e) {
            return e.problem().toString();
        }
    }
}
