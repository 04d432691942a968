package org.warmline.privacy;

/** The id of one consent record. */
public record ConsentId(long value) {
}
