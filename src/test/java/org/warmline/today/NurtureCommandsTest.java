package org.warmline.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.Main;

/** The today and letters commands on a freshly made sample agency. */
class NurtureCommandsTest {
    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void sample() {
        assertThat(run("demo", "--data-dir", dir.resolve("data").toString(), "--candidates", "300",
                "--seed", "5").code()).isZero();
    }

    private static String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void todayPrintsOneItemALineWithTheSamplesStepsDueToday() {
        Run r = run("today", "--data-dir", data());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t")).hasSize(4));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(LocalDate.now() + "\tTHANK_YOU\t"));
        assertThat(lines.stream().map(l -> l.substring(0, 10)).toList()).isSorted();
        assertThat(lines).allSatisfy(l -> assertThat(LocalDate.parse(l.substring(0, 10)))
                .isBeforeOrEqualTo(LocalDate.now()));
    }

    @Test
    void oneRecruitersItemsAndAnIcsFile() throws Exception {
        Path ics = dir.resolve("maya.ics");
        Run all = run("today", "--data-dir", data());
        Run mine = run("today", "--data-dir", data(), "--recruiter", "maya", "--ics", ics.toString());
        assertThat(mine.code()).as(mine.err()).isZero();
        assertThat(mine.out().lines().count()).isLessThanOrEqualTo(all.out().lines().count());
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1).length - 1).isEqualTo(mine.out().lines().count());
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(run("today", "--data-dir", data(), "--recruiter", "nobody").err())
                .contains("no recruiter called nobody");
    }

    @Test
    void lettersWritesEveryLetterDueTodayIntoOneDocument() throws Exception {
        Path out = dir.resolve("letters.docx");
        Run r = run("letters", "--data-dir", data(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        int letters = Integer.parseInt(r.out().lines().filter(l -> l.startsWith("letters="))
                .findFirst().orElseThrow().substring(8));
        assertThat(letters).isPositive();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("United Kingdom").contains("Dear ").doesNotContain("{");
            assertThat(doc.getParagraphs().stream().filter(p -> p.isPageBreak()).count())
                    .isEqualTo(letters - 1);
        }
        Run none = run("letters", "--data-dir", data(), "--date", "2001-01-01", "--out",
                dir.resolve("none.docx").toString());
        assertThat(none.out()).contains("letters=0");
        assertThat(run("letters", "--data-dir", data()).code()).isEqualTo(2);
    }
}
