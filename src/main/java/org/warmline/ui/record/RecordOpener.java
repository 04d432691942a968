package org.warmline.ui.record;

/**
 * Opens the editor of any record. The application routes each kind to its feature, so a
 * screen can open a record of another feature without depending on it.
 */
@FunctionalInterface
public interface RecordOpener {
    void open(RecordRef ref);
}
