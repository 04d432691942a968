package org.warmline.platform.event;

/**
 * A record was created, changed or deleted (after commit). {@code kind} is the table name,
 * e.g. "candidate"; lists showing that kind refresh.
 */
public record RecordChanged(String kind, long id) {
}
