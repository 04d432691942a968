package org.warmline.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {
    private static final Instant NOW = Instant.parse("2025-04-07T09:00:00Z");

    @Test
    void everyLineEndsWithCrlfAndNoLineExceeds75Octets() {
        String longText = "王芳 ".repeat(40) + "Zoë Ødegård; notes, and a \\ backslash\nsecond line";
        String ics = IcsCalendar.write(List.of(new IcsCalendar.Entry("nurture-step-1@warmline",
                LocalDate.of(2025, 4, 8), "Thank-you note: " + longText, longText)), NOW);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void parsedBackTheEventsHaveTheirFieldsUnescaped() {
        String summary = "Check in (30 days): Zoë Ødegård, Data Analyst; at Kestrel \\ Labs";
        String ics = IcsCalendar.write(List.of(
                new IcsCalendar.Entry("nurture-step-7@warmline", LocalDate.of(2025, 4, 8), summary,
                        "E-mail\nData Analyst at Kestrel Labs"),
                new IcsCalendar.Entry("nurture-step-8@warmline", LocalDate.of(2025, 12, 31), "Letter",
                        null)), NOW);
        List<java.util.Map<String, String>> events = parse(ics);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("UID", "nurture-step-7@warmline")
                .containsEntry("SUMMARY", summary)
                .containsEntry("DESCRIPTION", "E-mail\nData Analyst at Kestrel Labs")
                .containsEntry("DTSTART;VALUE=DATE", "20250408")
                .containsEntry("DTEND;VALUE=DATE", "20250409")
                .containsEntry("DTSTAMP", "20250407T090000Z");
        assertThat(events.get(1)).containsEntry("DTEND;VALUE=DATE", "20260101")
                .doesNotContainKey("DESCRIPTION");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
    }

    /** A minimal RFC 5545 reader: unfold, split name and value, unescape TEXT. */
    static List<java.util.Map<String, String>> parse(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<java.util.Map<String, String>> events = new ArrayList<>();
        java.util.Map<String, String> current = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new java.util.LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return events;
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
