package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

/** Files that are not what they claim get a clear error, and the database stays unchanged. */
@DbTest
class HostileFileTest {
    @TempDir
    Path dir;

    @Test
    void binaryFile(Database db) {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'A';
        bytes[1] = ',';
        refused(db, ImportFixture.writeBytes(dir, "photo.csv", bytes), "importing.file.binary");
    }

    @Test
    void textWithNulBytes(Database db) {
        refused(db, ImportFixture.write(dir, "nul.csv", "First,Last\nAna,Rib\u0000eiro\n"),
                "importing.file.binary");
    }

    @Test
    void neitherUtf8NorWindows1252(Database db) {
        byte[] bytes = "First,Last\nAna,Ribeiro\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0x81;
        bad[bytes.length + 1] = '\n';
        refused(db, ImportFixture.writeBytes(dir, "odd.csv", bad), "importing.file.encoding");
    }

    @Test
    void fiftyThousandCharacterCellAfterValidRows(Database db) {
        String text = "First,Last,Notes\nAna,Ribeiro,ok\nBo,Li," + "y".repeat(50_000) + "\n";
        ImportFileException e = refused(db, ImportFixture.write(dir, "long.csv", text),
                "importing.file.cellTooLong");
        assertThat(e.args()).containsExactly(3, 3, 32_000);
    }

    @Test
    void aMillionColumns(Database db) throws IOException {
        Path file = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("First,Last\nAna,Ribeiro\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("c,");
            }
            w.write("\n");
        }
        refused(db, file, "importing.file.tooManyColumns");
    }

    @Test
    void unclosedQuote(Database db) {
        refused(db, ImportFixture.write(dir, "q.csv", "First,Last\nAna,\"Ribeiro\nBo,Li\n"),
                "importing.file.openQuote");
    }

    @Test
    void tooManyRows(Database db) {
        ImportFixture f = new ImportFixture(db, new ImportLimits(3, 200, 32_000, 1 << 20));
        Path file = ImportFixture.write(dir, "rows.csv", "First,Last\nA,B\nC,D\nE,F\n");
        assertThatThrownBy(() -> f.run(file)).isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).key()).isEqualTo("importing.file.tooManyRows");
        assertThat(f.count("candidate")).isZero();
    }

    @Test
    void zipBombWorkbook(Database db) throws IOException {
        Path real = dir.resolve("real.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(real)) {
            wb.createSheet("People").createRow(0).createCell(0).setCellValue("First name");
            wb.write(out);
        }
        Path file = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(real.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 300; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(2_000_000);
        refused(db, file, "importing.file.zipBomb");
    }

    @Test
    void textCalledXlsx(Database db) {
        refused(db, ImportFixture.write(dir, "fake.xlsx", "PK\u0003\u0004 not really a zip"),
                "importing.file.notXlsx");
    }

    @Test
    void oldExcelFile(Database db) {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1};
        refused(db, ImportFixture.writeBytes(dir, "old.xls", ole), "importing.file.xls");
    }

    @Test
    void fileWithoutNameColumns(Database db) {
        refused(db, ImportFixture.write(dir, "nonames.csv", "Email,Phone\na@example.com,1234567\n"),
                "importing.file.noNames");
    }

    private static ImportFileException refused(Database db, Path file, String key) {
        ImportFixture f = new ImportFixture(db);
        long auditBefore = f.count("audit_log");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> f.run(file));
        assertThat(thrown).isInstanceOf(ImportFileException.class);
        ImportFileException e = (ImportFileException) thrown;
        assertThat(e.key()).isEqualTo(key);
        assertThat(f.msg.get(e.key(), e.args())).doesNotContain("{0}").isNotBlank();
        assertThat(f.count("candidate")).isZero();
        assertThat(f.count("search_term")).isZero();
        assertThat(f.count("audit_log")).isEqualTo(auditBefore);
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + ".errors.csv"))).isFalse();
        return e;
    }
}
