package org.warmline.nurture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.warmline.platform.i18n.Messages;

/**
 * Writes letters as one Word document (.docx), one letter a page: the agency's letterhead,
 * the date, the candidate's name and postal address, the subject and the merged text.
 */
final class LetterDocument {
    private static final String FONT = "Calibri";
    private final Letterhead letterhead;
    private final DateTimeFormatter dates;

    LetterDocument(Letterhead letterhead, Messages msg) {
        this.letterhead = letterhead;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(msg.locale());
    }

    /** Writes the letters to {@code out} (through a temporary file, so a failure leaves no half file). */
    void write(List<Message> letters, LocalDate date, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".letters", ".docx");
        try {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(temp)) {
                for (int i = 0; i < letters.size(); i++) {
                    letter(doc, letters.get(i), date, i > 0);
                }
                doc.write(os);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void letter(XWPFDocument doc, Message m, LocalDate date, boolean newPage) {
        XWPFParagraph head = doc.createParagraph();
        head.setPageBreak(newPage);
        run(head, letterhead.agencyName(), 18, true, "1F3A5F");
        String contact = String.join("  ·  ", java.util.stream.Stream.of(letterhead.phone(),
                letterhead.email(), letterhead.website()).filter(s -> s != null && !s.isBlank()).toList());
        lines(doc, letterhead.address(), 9, "5F6B7A", 0);
        if (!contact.isEmpty()) {
            lines(doc, contact, 9, "5F6B7A", 0);
        }
        XWPFParagraph when = doc.createParagraph();
        when.setAlignment(ParagraphAlignment.RIGHT);
        when.setSpacingBefore(480);
        run(when, date.format(dates), 11, false, null);
        lines(doc, m.candidateName() + "\n" + m.postalAddress(), 11, null, 240);
        XWPFParagraph subject = doc.createParagraph();
        subject.setSpacingBefore(480);
        run(subject, m.subject(), 11, true, null);
        for (String paragraph : m.body().split("\\R\\s*\\R")) {
            lines(doc, paragraph, 11, null, 120);
        }
    }

    /** One paragraph whose lines are kept as line breaks. */
    private static void lines(XWPFDocument doc, String text, int size, String color, int before) {
        if (text == null || text.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(before);
        p.setSpacingAfter(0);
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i].strip(), size, false, color);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, String color) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text);
        return r;
    }
}
