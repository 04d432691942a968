package org.warmline.nurture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.warmline.recruiter.Recruiter;

/**
 * An e-mail saved as an unsent draft (.eml, RFC 5322 with a UTF-8 text part) that mail
 * clients open ready to send.
 */
final class EmlFile {
    private static final String CRLF = "\r\n";

    private EmlFile() {
    }

    static void write(Message m, Recruiter from, Instant now, Path out) throws IOException {
        Files.write(out, text(m, from, now).getBytes(StandardCharsets.US_ASCII));
    }

    /** The whole message, ASCII only: headers encoded per RFC 2047, the body in base64. */
    static String text(Message m, Recruiter from, Instant now) {
        StringBuilder b = new StringBuilder();
        if (from.email() != null && !from.email().isBlank()) {
            b.append("From: ").append(address(from.displayName(), from.email())).append(CRLF);
        }
        b.append("To: ").append(address(m.candidateName(), m.to())).append(CRLF);
        b.append("Subject: ").append(word(m.subject())).append(CRLF);
        b.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME
                .format(now.atOffset(ZoneOffset.UTC))).append(CRLF);
        b.append("X-Unsent: 1").append(CRLF);
        b.append("MIME-Version: 1.0").append(CRLF);
        b.append("Content-Type: text/plain; charset=UTF-8").append(CRLF);
        b.append("Content-Transfer-Encoding: base64").append(CRLF).append(CRLF);
        String body = m.body().replaceAll("\\R", CRLF);
        b.append(Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(body.getBytes(StandardCharsets.UTF_8))).append(CRLF);
        return b.toString();
    }

    private static String address(String name, String email) {
        return name == null || name.isBlank() ? "<" + email + ">" : word(name) + " <" + email + ">";
    }

    /** Plain ASCII stays as it is; anything else becomes an RFC 2047 encoded word. */
    private static String word(String text) {
        if (text.chars().allMatch(c -> c >= 32 && c < 127 && c != '"')) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                + "?=";
    }
}
