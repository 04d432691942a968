package org.warmline.nurture;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code mailto:} link (RFC 6068) with the recipient, subject and body filled in. */
final class MailLink {
    private MailLink() {
    }

    static String of(Message m) {
        return "mailto:" + encode(m.to()) .replace("%40", "@") + "?subject=" + encode(m.subject())
                + "&body=" + encode(m.body().replaceAll("\\R", "\r\n"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
