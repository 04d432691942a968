package org.warmline.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms used to compare and index user input: e-mail addresses, phone numbers,
 * LinkedIn URLs and names (case and accents folded, so that "Zoë" finds "Zoe").
 */
public final class Normalize {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private Normalize() {
    }

    /** Lower-case, trimmed e-mail; null for blank input. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Digits of a phone number with a leading international prefix kept as "+"; national
     * numbers keep their digits. Null when fewer than 6 digits remain.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String stripped = phone.strip();
        boolean international = stripped.startsWith("+") || stripped.startsWith("00");
        String digits = NON_DIGITS.matcher(stripped).replaceAll("");
        if (stripped.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.length() < 6) {
            return null;
        }
        return international ? "+" + digits : digits;
    }

    /** A LinkedIn profile URL reduced to {@code linkedin.com/in/<handle>}; null if not a profile. */
    public static String linkedIn(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^https?://", "").replaceFirst("^([a-z]{2,3}\\.)?www\\.", "")
                .replaceFirst("^[a-z]{2}\\.linkedin", "linkedin");
        int query = s.indexOf('?');
        if (query >= 0) {
            s = s.substring(0, query);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** Lower-case text with accents removed, for sorting and search ("Ødegård" -> "odegard"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("đ", "d").replace("þ", "th");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
