package org.warmline.privacy;

import java.time.Instant;

/** One row of the erasure register: the hash of a normalised identifier and when it was erased. */
public record RegisterEntry(String idHash, Instant erasedAt) {
}
