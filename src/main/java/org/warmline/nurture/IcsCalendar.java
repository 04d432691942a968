package org.warmline.nurture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes due items as an iCalendar file (RFC 5545): one all-day VEVENT each, with a stable
 * UID, DTSTAMP, CRLF line ends, escaped text and lines folded at 75 octets.
 *
 * <pre>{@code
 * String ics = IcsCalendar.write(List.of(new IcsCalendar.Entry("step-7@warmline",
 *         LocalDate.of(2025, 4, 8), "Thank-you note: Zoë Ødegård", "Data Analyst")), now);
 * }</pre>
 */
public final class IcsCalendar {
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsCalendar() {
    }

    /** One all-day event. */
    public record Entry(String uid, LocalDate day, String summary, String description) {
    }

    /** The calendar text with every entry, stamped {@code now}. */
    public static String write(List<Entry> entries, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Warmline//Warmline Today//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        String stamp = STAMP.format(now.atOffset(ZoneOffset.UTC));
        for (Entry e : entries) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + escape(e.uid()));
            line(b, "DTSTAMP:" + stamp);
            line(b, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
            line(b, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            line(b, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(b, "DESCRIPTION:" + escape(e.description()));
            }
            line(b, "TRANSP:TRANSPARENT");
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** TEXT value escaping of RFC 5545 3.3.11. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replaceAll("\\R", "\\\\n");
    }

    /** Appends a content line folded so that no line exceeds 75 octets (never inside a character). */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append(CRLF);
    }
}
