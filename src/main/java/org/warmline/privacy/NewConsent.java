package org.warmline.privacy;

import java.time.Instant;

/** A consent to record; a null {@code givenAt} means "now". */
public record NewConsent(String purpose, String wordingVersion, ConsentMethod obtainedVia,
                         Instant givenAt) {
}
