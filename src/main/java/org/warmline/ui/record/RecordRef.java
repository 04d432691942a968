package org.warmline.ui.record;

/** A pointer to one record, passed between screens without importing the other feature. */
public record RecordRef(RecordKind kind, long id) {
}
