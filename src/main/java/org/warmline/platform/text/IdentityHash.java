package org.warmline.platform.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one-way form of a normalised identifier (e-mail, phone, LinkedIn URL) kept in the
 * erasure register: SHA-256 of the UTF-8 text, as 64 lower-case hex digits.
 */
public final class IdentityHash {
    private IdentityHash() {
    }

    /** The hash of an already normalised identifier; null or blank gives null. */
    public static String of(String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
